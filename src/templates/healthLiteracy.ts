// Starter: a health literacy programme (training frontline staff in
// teach-back and plain language, accessible information, community health
// literacy sessions). Written by the project from public knowledge (Health
// Education England's health literacy materials, PHE and the UCL Institute of
// Health Equity, NHS England's Accessible Information Standard, NICE NG197).
// No statistics are quoted: baselines and targets are left for local data.
import { PATHWAY_GROUPS, type TemplateSpec, WHO } from "./spec";

export const healthLiteracy: TemplateSpec = {
  id: "health-literacy",
  name: "Health literacy programme",
  summary:
    "Frontline staff trained in teach-back and plain language, clearer and accessible information, and community sessions on finding and using health information.",
  framing: "toc",
  title: "Health literacy programme: theory of change",
  note:
    "A starting point to adapt, not a finished theory of change: reword, remove and add elements with the people it concerns, especially residents who find health information hard to use. " +
    "Health literacy means having the skills, knowledge and confidence to find, understand and use information about health and care; it depends as much on how services communicate as on people's own skills. " +
    "Outcomes are grouped by impact on people, on communities and on the health and care system. " +
    "Sources drawn on: Health Education England's health literacy 'how to' guide and toolkit (teach-back, chunk and check, plain language); Public Health England and the UCL Institute of Health Equity's report on improving health literacy to reduce health inequalities (2015); " +
    "NHS England's Accessible Information Standard; NICE guideline NG197 on shared decision making (2021); the NHS digital service manual's content guidance on plain English; and published reviews of the teach-back method. " +
    "Change first: which staff groups and communities the programme starts with, then the indicators' baselines and targets from local data. " +
    "Consider drawing the accountability ceiling above the medium-term outcomes: the long-term ones depend on much more than this programme.",
  groups: PATHWAY_GROUPS,
  elements: [
    // ---- Impact ----
    {
      ref: "impact",
      kind: "impact",
      stage: "impact",
      title:
        "Everyone can find, understand and use health information and services, so health is fairer",
      proposedBy: [WHO.residents, WHO.publicHealth],
      indicators: [
        {
          measure:
            "Inequality in healthy life expectancy and in outcomes for long-term conditions between the most and least deprived neighbourhoods",
          population: "Residents of the area covered by the programme",
          baseline: "Latest published figures for the area",
          target: "A narrowing gap over time",
          threshold:
            "Movement in the right direction over five years, read alongside other local changes: the programme contributes to this, it is not solely accountable for it",
          byWhen: "Reviewed yearly; judged over 5 years or more",
          dataSource:
            "Fingertips public health profiles from the Office for Health Improvement and Disparities (OHID); the ICB's population health data",
        },
      ],
      evidence: [
        {
          title:
            "Public Health England and UCL Institute of Health Equity, Local action on health inequalities: improving health literacy to reduce health inequalities (2015)",
          url: "",
          type: "research",
          strength: "moderate",
        },
      ],
    },

    // ---- Person level outcomes ----
    {
      ref: "p-short-understand",
      kind: "outcome",
      stage: "short",
      group: "person",
      title: "More patients understand what they have been told and what to do next",
      proposedBy: [WHO.residents, WHO.primaryCare],
      indicators: [
        {
          measure:
            "Patients who say, straight after an appointment, that they understood what they were told and know what to do next",
          population: "Patients seen by teams whose staff have been trained",
          baseline: "A short survey in each team before training",
          target: "A higher share than before training",
          threshold: "A rise in every trained team, sustained at the 6-month repeat",
          byWhen: "3 and 6 months after each team's training",
          dataSource: "Short post-appointment survey (paper, text or tablet) run by each team",
        },
      ],
      evidence: [
        {
          title:
            "Systematic reviews of the teach-back method: better understanding and recall in most studies, though study quality varies",
          url: "",
          type: "research",
          strength: "moderate",
        },
      ],
    },
    {
      ref: "p-short-confident",
      kind: "outcome",
      stage: "short",
      group: "person",
      title: "More residents feel confident finding and judging health information",
      proposedBy: [WHO.residents, WHO.vcfse],
      indicators: [
        {
          measure:
            "Residents' confidence to find, understand and judge health information, on a short validated questionnaire such as the HLS-EU-Q16 (a 16-question health literacy survey)",
          population: "Residents who take part in community sessions",
          baseline: "Each person's answers at their first session",
          target: "Higher scores at the end of the sessions than at the start",
          threshold: "More people move up a level of the questionnaire than down",
          byWhen: "End of each course of sessions, with a repeat 3 months later",
          dataSource: "Session questionnaires collected by VCFSE partners",
        },
      ],
      evidence: [
        {
          title:
            "What residents say makes health information hard to use, gathered with the readers' panel and in your own workshops: add it before relying on this outcome",
          url: "",
          type: "lived-experience",
          strength: "weak",
        },
      ],
    },
    {
      ref: "p-medium-decisions",
      kind: "outcome",
      stage: "medium",
      group: "person",
      title:
        "More people feel able to manage their health and take part in decisions about their care",
      proposedBy: [WHO.residents, WHO.primaryCare],
      indicators: [
        {
          measure:
            "Patients who felt as involved as they wanted to be in decisions about their care (GP Patient Survey), and Patient Activation Measure (PAM) levels where it is used",
          population: "Patients of practices taking part; people with long-term conditions for PAM",
          baseline:
            "The last GP Patient Survey results before the programme; PAM levels at first measure",
          target: "A rise in practices taking part, and more people at PAM levels 3 or 4",
          threshold: "A rise larger than in practices not yet taking part",
          byWhen: "End of year 2",
          dataSource:
            "GP Patient Survey (published yearly by practice); PAM scores where a licence is held",
        },
      ],
      evidence: [
        {
          title: "NICE guideline NG197: Shared decision making (2021)",
          url: "https://www.nice.org.uk/guidance/ng197",
          type: "practice",
          strength: "moderate",
        },
      ],
    },
    {
      ref: "p-long-conditions",
      kind: "outcome",
      stage: "long",
      group: "person",
      title: "People in the communities served manage long-term conditions better",
      proposedBy: [WHO.primaryCare, WHO.publicHealth],
      indicators: [
        {
          measure:
            "People with diabetes who meet the recommended treatment targets, in the practices and neighbourhoods served, compared with the rest of the area",
          population: "People with diabetes registered with practices taking part",
          baseline: "The year before the programme",
          target: "The gap with the rest of the area narrows",
          threshold: "A narrower gap for two years in a row",
          byWhen: "By the end of year 3",
          dataSource: "National Diabetes Audit; GP practice clinical systems",
        },
      ],
    },

    // ---- Community level outcomes ----
    {
      ref: "c-short-partners",
      kind: "outcome",
      stage: "short",
      group: "community",
      title:
        "VCFSE staff and volunteers feel more confident sharing health information and checking it is understood",
      proposedBy: [WHO.vcfse],
      indicators: [
        {
          measure:
            "Confidence to explain health information and use teach-back, before and after training",
          population: "VCFSE staff and volunteers trained by the programme",
          baseline: "Each person's answers before training",
          target: "Higher confidence after training, kept up 3 months later",
          threshold: "Most trained staff and volunteers report higher confidence at 3 months",
          byWhen: "3 months after each training course",
          dataSource: "Training questionnaires before, after and at 3 months",
        },
      ],
    },
    {
      ref: "c-medium-family",
      kind: "outcome",
      stage: "medium",
      group: "community",
      title: "More residents help family and neighbours make sense of health information",
      description:
        "Many people rely on someone close to them to read letters or explain what a doctor said, so skills spread through families and networks.",
      proposedBy: [WHO.residents],
      indicators: [
        {
          measure:
            "Residents who say they have used what they learned to help a family member or neighbour with health information",
          population: "Residents who took part in community sessions",
          baseline: "None at the start",
          target: "A rising share at the 3-month follow-up",
          threshold: "Reported in every community where sessions run",
          byWhen: "3 months after each course of sessions",
          dataSource: "Follow-up questionnaire or conversation, by VCFSE partners",
        },
      ],
    },
    {
      ref: "c-long-trusted",
      kind: "outcome",
      stage: "long",
      group: "community",
      title:
        "Clear, trusted health information flows through community networks, including in community languages",
      proposedBy: [WHO.residents, WHO.vcfse, WHO.localAuthority],
      indicators: [
        {
          measure:
            "Residents in the communities served who say they can get health information they trust and understand, in a language and format that suits them",
          population: "Adults in the communities served",
          baseline: "To be set from a local residents' survey at the start",
          target: "A rising share at each repeat of the survey",
          threshold: "A rise in the communities served that is not seen elsewhere in the area",
          byWhen: "By the end of year 3",
          dataSource:
            "Local residents' survey; Healthwatch reports (the independent local champion for people using health and care)",
        },
      ],
    },

    // ---- System level outcomes ----
    {
      ref: "s-short-teachback",
      kind: "outcome",
      stage: "short",
      group: "system",
      title: "More frontline staff routinely use teach-back and plain language",
      description:
        "Teach-back: asking people to explain back, in their own words, what they have been told, to check it was explained clearly. Chunk and check: giving information in small pieces and checking each one.",
      proposedBy: [WHO.primaryCare, WHO.icb],
      indicators: [
        {
          measure:
            "Trained staff who say they used teach-back in most relevant conversations in the past week, checked by observation in a sample of appointments",
          population: "Frontline staff trained by the programme",
          baseline: "Staff self-report before training",
          target: "Most trained staff use teach-back routinely 3 months after training",
          threshold: "Routine use reported and observed in every trained team",
          byWhen: "3 months after each team's training",
          dataSource: "Staff questionnaire at 3 months; observation by health literacy champions",
        },
      ],
      evidence: [
        {
          title:
            "Health Education England, Health literacy 'how to' guide: teach-back, chunk and check, and plain language",
          url: "",
          type: "practice",
          strength: "moderate",
        },
      ],
    },
    {
      ref: "s-short-materials",
      kind: "outcome",
      stage: "short",
      group: "system",
      title: "Patient letters and information meet plain-language and accessibility standards",
      proposedBy: [WHO.residents, WHO.icb],
      indicators: [
        {
          measure:
            "The most-used letters, leaflets and web pages that pass a plain-language check and a test with the readers' panel, and that are available in accessible formats on request",
          population: "Patient information from the services taking part",
          baseline: "An audit of the most-used materials at the start",
          target: "All of the most-used materials pass",
          threshold: "Every material on the most-used list passes, or has a date to be rewritten",
          byWhen: "End of the first year",
          dataSource: "Materials audit by the programme team and readers' panel",
        },
      ],
      evidence: [
        {
          title:
            "NHS England, Accessible Information Standard: NHS and adult social care services must identify, record, flag, share and meet people's information and communication needs",
          url: "",
          type: "practice",
          strength: "strong",
        },
      ],
    },
    {
      ref: "s-medium-missed",
      kind: "outcome",
      stage: "medium",
      group: "system",
      title: "Fewer missed appointments and repeat contacts caused by unclear information",
      proposedBy: [WHO.primaryCare, WHO.icb],
      indicators: [
        {
          measure:
            "Missed appointments ('did not attend') and repeat calls about the same letter or instruction, for services whose letters were rewritten",
          population: "Patients of the services taking part",
          baseline: "The year before letters were rewritten",
          target: "Fewer missed appointments and repeat calls than at baseline",
          threshold: "A fall that is not seen in similar services whose letters were not changed",
          byWhen: "12 months after letters are rewritten",
          dataSource: "Practice and hospital appointment systems; call logs",
        },
      ],
      evidence: [
        {
          title:
            "Local audit of why people miss appointments, gathered before relying on this link: unclear letters are one cause among many",
          url: "",
          type: "evaluation",
          strength: "weak",
        },
      ],
    },
    {
      ref: "s-long-standard",
      kind: "outcome",
      stage: "long",
      group: "system",
      title: "Clear communication is standard practice across health and care services",
      proposedBy: [WHO.icb, WHO.localAuthority, WHO.publicHealth],
      indicators: [
        {
          measure:
            "An organisational health literacy self-assessment, repeated yearly, covering training, induction, written information and the Accessible Information Standard",
          population: "NHS, council and VCFSE organisations taking part",
          baseline: "The first self-assessment",
          target: "Better scores each year",
          threshold:
            "Health literacy training is part of induction in every organisation taking part",
          byWhen: "By the end of year 3",
          dataSource: "Self-assessments reported to the partnership board",
        },
      ],
    },

    // ---- Outputs ----
    {
      ref: "out-staff-trained",
      kind: "output",
      stage: "outputs",
      group: "system",
      title: "Frontline staff trained, by organisation and role (NHS, council and VCFSE)",
    },
    {
      ref: "out-champions",
      kind: "output",
      stage: "outputs",
      group: "system",
      title: "Teams with an active health literacy champion",
    },
    {
      ref: "out-materials",
      kind: "output",
      stage: "outputs",
      group: "system",
      title: "Letters, leaflets and web pages rewritten and tested with residents",
    },
    {
      ref: "out-needs",
      kind: "output",
      stage: "outputs",
      group: "person",
      title: "Communication needs recorded and flagged in patient records",
    },
    {
      ref: "out-sessions",
      kind: "output",
      stage: "outputs",
      group: "community",
      title: "Community health literacy sessions held, and residents taking part",
    },
    {
      ref: "out-digital",
      kind: "output",
      stage: "outputs",
      group: "person",
      title: "Residents supported to use the NHS website and NHS App",
    },

    // ---- Activities ----
    {
      ref: "act-train-staff",
      kind: "activity",
      stage: "activities",
      group: "system",
      title: "Train frontline staff in teach-back, chunk and check, and plain language",
      proposedBy: [WHO.publicHealth, WHO.icb],
    },
    {
      ref: "act-champions",
      kind: "activity",
      stage: "activities",
      group: "system",
      title: "Support a health literacy champion in each team to keep good practice going",
      proposedBy: [WHO.primaryCare],
    },
    {
      ref: "act-review",
      kind: "activity",
      stage: "activities",
      group: "system",
      title: "Review and rewrite patient letters, leaflets and web pages with a readers' panel",
      proposedBy: [WHO.residents],
    },
    {
      ref: "act-needs",
      kind: "activity",
      stage: "activities",
      group: "person",
      title:
        "Ask about, record and meet people's communication needs under the Accessible Information Standard",
      proposedBy: [WHO.residents, WHO.icb],
    },
    {
      ref: "act-sessions",
      kind: "activity",
      stage: "activities",
      group: "community",
      title:
        "Run community health literacy sessions with VCFSE partners, including in ESOL classes",
      description: "ESOL: English for speakers of other languages.",
      proposedBy: [WHO.vcfse, WHO.localAuthority],
    },
    {
      ref: "act-digital",
      kind: "activity",
      stage: "activities",
      group: "person",
      title: "Show residents how to find and judge trustworthy health information online",
      proposedBy: [WHO.vcfse, WHO.residents],
      assumptions: [
        {
          text: "Residents have a device and data, or can use them at a library or community centre",
          confidence: "medium",
        },
      ],
    },

    // ---- Inputs ----
    {
      ref: "in-trainers",
      kind: "input",
      stage: "inputs",
      title: "Health literacy trainers and training materials",
      description:
        "For example trainers who use Health Education England's health literacy toolkit, trained to train others.",
      proposedBy: [WHO.publicHealth],
    },
    {
      ref: "in-staff-time",
      kind: "input",
      stage: "inputs",
      title: "Protected time for frontline staff to attend training",
      proposedBy: [WHO.icb, WHO.primaryCare],
    },
    {
      ref: "in-partners",
      kind: "input",
      stage: "inputs",
      title: "VCFSE partners and ESOL providers with reach into the communities served",
      proposedBy: [WHO.vcfse, WHO.localAuthority],
    },
    {
      ref: "in-readers",
      kind: "input",
      stage: "inputs",
      title: "A paid readers' panel of residents who test written information",
      description:
        "Residents, including people with learning disabilities and people whose first language is not English, paid for their time.",
      proposedBy: [WHO.residents],
    },
    {
      ref: "in-interpreting",
      kind: "input",
      stage: "inputs",
      title: "Interpreting, translation and accessible-format services",
      description:
        "For example British Sign Language interpreters, Easy Read, large print and audio.",
      proposedBy: [WHO.localAuthority, WHO.icb],
    },
  ],
  links: [
    // Inputs → activities
    {
      from: "in-trainers",
      to: "act-train-staff",
      rationale: "Because skilled trainers make the training practical and credible",
    },
    {
      from: "in-trainers",
      to: "act-sessions",
      rationale: "Because trainers can prepare VCFSE partners to run sessions",
    },
    {
      from: "in-trainers",
      to: "act-champions",
      rationale: "Because champions need deeper training and someone to go to",
    },
    {
      from: "in-staff-time",
      to: "act-train-staff",
      rationale: "Because staff cannot attend training in the middle of full clinics",
      assumptions: [
        {
          text: "Managers release staff for training even when services are under pressure",
          confidence: "low",
        },
      ],
    },
    {
      from: "in-partners",
      to: "act-sessions",
      rationale: "Because residents come to sessions run by groups they already know",
    },
    {
      from: "in-partners",
      to: "act-digital",
      rationale: "Because partners have the venues, devices and relationships for digital help",
    },
    {
      from: "in-readers",
      to: "act-review",
      rationale:
        "Because only readers like the intended audience can tell whether something is clear",
    },
    {
      from: "in-interpreting",
      to: "act-needs",
      rationale: "Because recording a need is pointless without a way to meet it",
    },
    {
      from: "in-interpreting",
      to: "act-review",
      rationale: "Because rewritten materials also need translated and accessible versions",
    },

    // Activities → outputs
    {
      from: "act-train-staff",
      to: "out-staff-trained",
      rationale: "Because the training sessions are what the count records",
    },
    {
      from: "act-champions",
      to: "out-champions",
      rationale: "Because supported champions stay active in their teams",
    },
    {
      from: "act-review",
      to: "out-materials",
      rationale: "Because reviewing with the panel produces tested, rewritten materials",
    },
    {
      from: "act-needs",
      to: "out-needs",
      rationale: "Because asking and recording produces flags that every service can see",
    },
    {
      from: "act-sessions",
      to: "out-sessions",
      rationale: "Because partners running sessions is what brings residents in",
    },
    {
      from: "act-digital",
      to: "out-digital",
      rationale: "Because one-to-one help is how many people first get started online",
    },

    // Outputs → outcomes
    {
      from: "out-staff-trained",
      to: "p-short-understand",
      rationale: "Because trained staff check understanding before the person leaves",
    },
    {
      from: "out-needs",
      to: "p-short-understand",
      rationale: "Because information in the right format or language can be understood",
      assumptions: [
        {
          text: "Staff look at the flag and act on it at each contact",
          confidence: "medium",
        },
      ],
    },
    {
      from: "out-sessions",
      to: "p-short-confident",
      rationale: "Because practising with real examples in a familiar setting builds confidence",
    },
    {
      from: "out-digital",
      to: "p-short-confident",
      rationale: "Because knowing where reliable information is online makes judging it easier",
    },
    {
      from: "out-staff-trained",
      to: "c-short-partners",
      rationale: "Because VCFSE staff and volunteers are trained alongside NHS and council staff",
    },
    {
      from: "out-sessions",
      to: "c-short-partners",
      rationale: "Because running sessions gives partners practice and confidence",
    },
    {
      from: "out-staff-trained",
      to: "s-short-teachback",
      rationale: "Because staff use techniques they have practised",
      assumptions: [
        {
          text: "Staff believe teach-back does not make appointments longer, or accept that it is worth it",
          confidence: "medium",
        },
      ],
    },
    {
      from: "out-champions",
      to: "s-short-teachback",
      rationale: "Because a champion's reminders keep practice going after training fades",
    },
    {
      from: "out-materials",
      to: "s-short-materials",
      rationale: "Because tested rewrites replace the old versions",
    },
    {
      from: "out-needs",
      to: "s-short-materials",
      rationale: "Because recorded needs show which accessible formats are needed most",
    },

    // Person pathway
    {
      from: "p-short-understand",
      to: "p-medium-decisions",
      rationale: "Because people can only take part in decisions they understand",
    },
    {
      from: "p-short-confident",
      to: "p-medium-decisions",
      rationale:
        "Because confidence with information makes it easier to ask questions and say what matters",
    },
    {
      from: "s-short-teachback",
      to: "p-medium-decisions",
      rationale: "Because checking understanding opens a two-way conversation",
    },
    {
      from: "p-short-understand",
      to: "s-medium-missed",
      rationale:
        "Because people who understand their appointment and instructions are less likely to miss it or call back",
    },
    {
      from: "p-short-confident",
      to: "c-medium-family",
      rationale: "Because confident residents pass on what they know",
    },
    {
      from: "p-medium-decisions",
      to: "p-long-conditions",
      rationale:
        "Because people involved in their own care are more likely to follow a plan they agreed",
    },

    // Community pathway
    {
      from: "c-short-partners",
      to: "c-medium-family",
      rationale: "Because partners encourage residents to share what they learn",
    },
    {
      from: "c-short-partners",
      to: "c-long-trusted",
      rationale:
        "Because trusted community organisations become reliable sources of health information",
    },
    {
      from: "c-medium-family",
      to: "c-long-trusted",
      rationale: "Because information travels furthest through people's own networks",
    },
    {
      from: "c-medium-family",
      to: "p-long-conditions",
      rationale:
        "Because support from family and neighbours helps people manage a condition day to day",
    },

    // System pathway
    {
      from: "s-short-materials",
      to: "s-medium-missed",
      rationale: "Because clear letters say plainly when, where and why to attend",
      assumptions: [
        {
          text: "Unclear letters are a real cause of missed appointments locally; check with a local audit",
          confidence: "low",
        },
      ],
    },
    {
      from: "s-short-materials",
      to: "c-long-trusted",
      rationale:
        "Because accessible, translated materials can be shared through community networks",
    },
    {
      from: "s-short-teachback",
      to: "s-long-standard",
      rationale: "Because routine use by trained teams shows what standard practice can look like",
    },
    {
      from: "s-short-materials",
      to: "s-long-standard",
      rationale: "Because a tested way of writing can become every service's way of writing",
    },
    {
      from: "s-medium-missed",
      to: "s-long-standard",
      rationale:
        "Because fewer wasted appointments make the case for building health literacy into how services work",
    },

    // Long-term outcomes → impact
    {
      from: "p-long-conditions",
      to: "impact",
      rationale: "Because better-managed long-term conditions are a large part of fairer health",
    },
    {
      from: "c-long-trusted",
      to: "impact",
      rationale:
        "Because communities with clear, trusted information can use services as well as anyone",
    },
    {
      from: "s-long-standard",
      to: "impact",
      rationale:
        "Because services that communicate clearly work for everyone, not only the most confident",
      assumptions: [
        {
          text: "Clearer communication reaches the people with the greatest need, not only those already well served",
          confidence: "medium",
        },
      ],
    },
  ],
};
