// Starter: social prescribing in a primary care network. Written by the
// project from public knowledge (NHS England's social prescribing model and
// common outcomes framework, NHS Long Term Plan, The King's Fund, the National
// Academy for Social Prescribing and published reviews). No statistics are
// quoted: baselines and targets are left for local data.
import { PATHWAY_GROUPS, type TemplateSpec, WHO } from "./spec";

export const socialPrescribing: TemplateSpec = {
  id: "social-prescribing",
  name: "Social prescribing in a primary care network",
  summary:
    "Link workers, 'what matters to you' conversations and the community offer, with outcomes for the person, community groups and the health and care system.",
  framing: "toc",
  title: "Social prescribing in our primary care network: theory of change",
  note:
    "A starting point to adapt, not a finished theory of change: reword, remove and add elements with the people it concerns, especially residents who have been referred. " +
    "It follows NHS England's model of social prescribing in primary care networks (groups of GP practices working together), with link workers funded through the Additional Roles Reimbursement Scheme, " +
    "and groups outcomes as NHS England's social prescribing common outcomes framework does: impact on the person, on community groups and on the health and care system. " +
    "Sources drawn on: the NHS Long Term Plan (2019); NHS England's Universal Personalised Care (2019), its social prescribing summary guide, its reference guide for primary care networks and its link worker workforce development framework; " +
    "The King's Fund's explainer on social prescribing; the National Academy for Social Prescribing's evidence summaries; and published reviews of the evidence, which is mixed, with few controlled studies. " +
    "Change first: the impact statement and who you are serving, then the indicators' baselines and targets once you have local data. " +
    "The outcome on GP and urgent care use is marked contested: decide together whether to keep and test it. " +
    "Consider drawing the accountability ceiling above the medium-term outcomes: the long-term ones depend on much more than this programme.",
  groups: PATHWAY_GROUPS,
  elements: [
    // ---- Impact ----
    {
      ref: "impact",
      kind: "impact",
      stage: "impact",
      title:
        "Residents live well and stay connected to their communities, with non-medical needs met closer to home",
      description:
        "The long-term change the partnership contributes to. Reword it with residents: who should be better off, and how would they describe it?",
      proposedBy: [WHO.residents, WHO.icb],
      indicators: [
        {
          measure:
            "Personal wellbeing (the four ONS questions) and loneliness for the area, read alongside healthy life expectancy and the gap between the most and least deprived neighbourhoods",
          population:
            "All adults in the primary care network area, or the nearest area with published data",
          baseline: "Latest published figures for the area",
          target:
            "Improvement, and a narrowing gap between the most and least deprived neighbourhoods",
          threshold:
            "Movement in the right direction over three years, read alongside other local changes: the programme contributes to this, it is not solely accountable for it",
          byWhen: "Reviewed yearly; judged over 3 to 5 years",
          dataSource:
            "ONS personal wellbeing estimates (Annual Population Survey); Fingertips public health profiles from the Office for Health Improvement and Disparities (OHID); local residents' surveys",
        },
      ],
      evidence: [
        {
          title:
            "NHS England social prescribing common outcomes framework: impact on the person, community groups and the health and care system",
          url: "",
          type: "practice",
          strength: "moderate",
        },
      ],
    },

    // ---- Person level outcomes ----
    {
      ref: "p-short-listened",
      kind: "outcome",
      stage: "short",
      group: "person",
      title: "More people referred feel listened to and have a plan they own",
      description:
        "People feel the conversation was about what matters to them, not only what is the matter with them, and that the plan is theirs.",
      proposedBy: [WHO.residents],
      indicators: [
        {
          measure:
            "People who agree that the link worker listened to what matters to them and that their plan reflects it (two questions at the end of support)",
          population: "Everyone referred who has at least one conversation with a link worker",
          baseline: "None yet: the questions are new, so the first quarter sets the baseline",
          target:
            "Most people agree with both; level agreed by the partnership after the first quarter",
          threshold: "A stable or rising share over four quarters",
          byWhen: "End of the first year",
          dataSource: "Link worker case records and a short feedback form",
        },
      ],
      evidence: [
        {
          title:
            "Accounts from residents who have been referred, gathered in your own workshops: add them before relying on this outcome",
          url: "",
          type: "lived-experience",
          strength: "weak",
        },
      ],
    },
    {
      ref: "p-short-takeup",
      kind: "outcome",
      stage: "short",
      group: "person",
      title: "More people referred take up a group, activity or service they chose",
      proposedBy: [WHO.residents, WHO.vcfse],
      indicators: [
        {
          measure:
            "People introduced to a community group, activity or service who attend at least once, and who are still attending 8 weeks later",
          population: "People referred who have a personalised care and support plan",
          baseline: "To be set from the first six months of link worker case records",
          target: "A rising share attend at least once and stay; level agreed locally",
          threshold: "Take-up at or above the level the partnership agrees for the first year",
          byWhen: "Reviewed quarterly; first review at 6 months",
          dataSource: "Link worker case records, with a follow-up contact at 8 weeks",
        },
      ],
    },
    {
      ref: "p-medium-lonely",
      kind: "outcome",
      stage: "medium",
      group: "person",
      title: "Less loneliness among people referred",
      proposedBy: [WHO.residents],
      indicators: [
        {
          measure:
            "How often people feel lonely, using the direct question recommended by the Office for National Statistics and asked in the Community Life Survey (often or always, some of the time, occasionally, hardly ever, never)",
          population: "People referred who report loneliness or isolation at first contact",
          baseline: "Each person's answer at first contact",
          target: "Fewer people answer 'often or always' at follow-up than at first contact",
          threshold: "A fall in the share answering 'often or always' across the year's referrals",
          byWhen: "Follow-up 3 to 6 months after first contact",
          dataSource:
            "Link worker case records (question asked at first contact and at follow-up); Community Life Survey results for context",
        },
      ],
      evidence: [
        {
          title:
            "National Academy for Social Prescribing evidence summaries: improvements in wellbeing and loneliness are often reported, mostly from before-and-after studies without a comparison group",
          url: "",
          type: "evaluation",
          strength: "moderate",
        },
      ],
    },
    {
      ref: "p-medium-confident",
      kind: "outcome",
      stage: "medium",
      group: "person",
      title: "More people referred feel able to manage their own health and wellbeing",
      proposedBy: [WHO.primaryCare, WHO.residents],
      indicators: [
        {
          measure:
            "Patient Activation Measure (PAM): a licensed questionnaire that places people at one of four levels of knowledge, skill and confidence to manage their own health",
          population: "People referred who have one or more long-term conditions",
          baseline: "Each person's PAM level at first contact",
          target: "More people at levels 3 or 4 at follow-up than at first contact",
          threshold: "More people move up a level than down across the year's referrals",
          byWhen: "Follow-up 6 months after first contact",
          dataSource:
            "PAM scores recorded by link workers (a licence is needed: check whether your ICB holds one)",
        },
      ],
    },
    {
      ref: "p-medium-money",
      kind: "outcome",
      stage: "medium",
      group: "person",
      title: "Fewer people referred have unresolved money, housing or debt worries",
      description:
        "Wider determinants of health: the social and economic conditions, such as income, housing and debt, that shape people's health.",
      proposedBy: [WHO.residents, WHO.localAuthority],
      indicators: [
        {
          measure:
            "People with a money, housing, debt or benefits need at first contact who say at follow-up that it is resolved or being dealt with",
          population: "People referred whose plan names a money, housing, debt or benefits need",
          baseline: "To be set from local data",
          target:
            "A rising share resolved or in hand at follow-up; level agreed with advice partners",
          threshold: "At or above the level agreed with advice partners",
          byWhen: "Follow-up 3 to 6 months after first contact",
          dataSource:
            "Link worker case records; outcome reports from advice partners, shared with the person's consent",
        },
      ],
    },
    {
      ref: "p-long-wellbeing",
      kind: "outcome",
      stage: "long",
      group: "person",
      title: "Better wellbeing that lasts for people referred",
      proposedBy: [WHO.residents, WHO.publicHealth],
      indicators: [
        {
          measure:
            "Personal wellbeing on the four ONS questions (life satisfaction, feeling life is worthwhile, happiness and anxiety, each scored 0 to 10) or the Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS, seven questions)",
          population:
            "People referred, at first contact, at the end of support and 12 months after first contact",
          baseline: "Each person's scores at first contact",
          target: "Average scores higher at 12 months than at first contact",
          threshold:
            "An average change at or above the meaningful-change level in the SWEMWBS user guidance, and fewer people in the ONS 'low' bands",
          byWhen: "12 months after first contact",
          dataSource: "Link worker case records, with a 12-month follow-up call or text",
        },
      ],
      evidence: [
        {
          title:
            "Systematic review of social prescribing evaluations (BMJ Open, 2017): studies were mostly small and uncontrolled, so lasting effects are not yet shown",
          url: "",
          type: "research",
          strength: "weak",
        },
      ],
    },

    // ---- Community level outcomes ----
    {
      ref: "c-short-relationships",
      kind: "outcome",
      stage: "short",
      group: "community",
      title: "Stronger working relationships between link workers and community groups",
      proposedBy: [WHO.vcfse],
      indicators: [
        {
          measure:
            "Community groups on the directory with a named contact, an agreed way to take referrals and regular contact with link workers",
          population:
            "Voluntary, community, faith and social enterprise (VCFSE) groups that receive or could receive referrals",
          baseline: "To be set when the community offer is first mapped",
          target:
            "A rising number each quarter; level agreed with the local council for voluntary service",
          threshold:
            "Every neighbourhood in the primary care network has groups with agreed referral arrangements",
          byWhen: "End of the first year",
          dataSource: "Community offer directory; annual survey of VCFSE partners",
        },
      ],
    },
    {
      ref: "c-medium-capacity",
      kind: "outcome",
      stage: "medium",
      group: "community",
      title:
        "More community groups have the capacity and funding to welcome the people referred to them",
      proposedBy: [WHO.vcfse, WHO.residents],
      assumptions: [
        {
          text: "Funding follows referrals: groups are not expected to take on extra people for nothing",
          confidence: "low",
        },
      ],
      indicators: [
        {
          measure:
            "Groups receiving referrals that say they have enough volunteers, space and money to take them; groups with waiting lists or turning people away",
          population: "VCFSE groups receiving referrals",
          baseline: "To be set from the first VCFSE partner survey",
          target: "More groups report enough capacity; fewer report waiting lists",
          threshold:
            "No type of support has a waiting list longer than the partnership agrees is acceptable",
          byWhen: "Each year, reported to the partnership board",
          dataSource:
            "Annual VCFSE partner survey run with the council for voluntary service; grant monitoring returns",
        },
      ],
      evidence: [
        {
          title:
            "The King's Fund explainer 'What is social prescribing?': the voluntary and community groups that receive referrals need support and funding",
          url: "",
          type: "practice",
          strength: "moderate",
        },
      ],
    },
    {
      ref: "c-medium-volunteer",
      kind: "outcome",
      stage: "medium",
      group: "community",
      title: "More people who were referred go on to volunteer or help run community groups",
      proposedBy: [WHO.residents, WHO.vcfse],
      indicators: [
        {
          measure:
            "People referred who later volunteer, lead a session or join a group's committee",
          population: "People referred who attended a community group",
          baseline: "To be set from local data",
          target: "A rising number year on year",
          threshold:
            "Groups in every neighbourhood report volunteers who first came through social prescribing",
          byWhen: "12 months after first contact",
          dataSource: "12-month follow-up with people referred; VCFSE partner survey",
        },
      ],
    },
    {
      ref: "c-long-offer",
      kind: "outcome",
      stage: "long",
      group: "community",
      title: "A more varied and sustainable community offer across the primary care network area",
      proposedBy: [WHO.vcfse, WHO.localAuthority],
      indicators: [
        {
          measure:
            "Active groups and activities on the directory, by type and neighbourhood, and how many have funding secured for the next 12 months",
          population: "VCFSE groups in the primary care network area",
          baseline: "The directory at first mapping",
          target:
            "More groups, covering the needs most often named in plans, with funding secured ahead",
          threshold:
            "Each of the needs most often named in plans has at least one local option without a long wait",
          byWhen: "By the end of year 3",
          dataSource: "Community offer directory; VCFSE partner survey; grant records",
        },
      ],
    },

    // ---- System level outcomes ----
    {
      ref: "s-short-referrals",
      kind: "outcome",
      stage: "short",
      group: "system",
      title: "More practice staff recognise non-medical needs and refer people to link workers",
      proposedBy: [WHO.primaryCare],
      indicators: [
        {
          measure:
            "Referrals to social prescribing by practice and referrer role, recorded with SNOMED CT codes (the standard clinical terms used in GP records)",
          population: "GP practices in the primary care network",
          baseline: "Referrals in the 12 months before the programme, from practice records",
          target: "Referrals from every practice, from a growing mix of roles",
          threshold: "Every practice refers each quarter",
          byWhen: "End of the first year",
          dataSource:
            "GP practice clinical systems (social prescribing SNOMED CT codes), reported by the primary care network",
        },
      ],
      evidence: [
        {
          title:
            "NHS England, Universal Personalised Care (2019): social prescribing as one of six parts of the comprehensive model of personalised care",
          url: "",
          type: "practice",
          strength: "moderate",
        },
      ],
    },
    {
      ref: "s-medium-gp-time",
      kind: "outcome",
      stage: "medium",
      group: "system",
      title:
        "GPs and practice teams spend less consultation time on needs that are mainly non-medical",
      proposedBy: [WHO.primaryCare, WHO.icb],
      indicators: [
        {
          measure:
            "Clinicians' own estimate of how many consultations are mainly about non-medical needs (a short survey), read alongside GP appointment data",
          population: "GPs, nurses and other clinicians in the primary care network",
          baseline: "Survey before the programme starts",
          target: "Clinicians report fewer consultations mainly about non-medical needs",
          threshold: "A fall reported in repeat surveys across practices, not in one practice only",
          byWhen: "Survey repeated at 12 and 24 months",
          dataSource:
            "Practice staff survey; Appointments in General Practice data published by NHS England",
        },
      ],
    },
    {
      ref: "s-medium-commissioning",
      kind: "outcome",
      stage: "medium",
      group: "system",
      title: "Commissioners use insight on unmet social need when planning and funding services",
      description:
        "Commissioners are the ICB and council teams who decide which services are funded. Unmet social need: what people are referred for that the area cannot yet offer.",
      proposedBy: [WHO.icb, WHO.localAuthority, WHO.publicHealth],
      indicators: [
        {
          measure:
            "Commissioning plans, service reviews and funding decisions that draw on the social prescribing insight reports",
          population: "ICB, council and primary care network decisions affecting the area",
          baseline: "None at the start",
          target:
            "Insight reports discussed at the partnership board every quarter and cited in plans",
          threshold: "At least one funding or service decision each year draws on the insight",
          byWhen: "By the end of year 2",
          dataSource: "Partnership board minutes; ICB and council commissioning plans",
        },
      ],
    },
    {
      ref: "s-long-demand",
      kind: "outcome",
      stage: "long",
      group: "system",
      title:
        "Reduced avoidable use of GP and urgent care by people whose needs are mainly non-medical",
      description:
        "Contested: some local evaluations report fewer GP appointments after referral, but reviews judge that evidence weak. Keep this outcome only if the partnership agrees to test it, ideally against a comparison group.",
      status: "contested",
      proposedBy: [WHO.icb, WHO.primaryCare],
      indicators: [
        {
          measure:
            "GP appointments and A&E attendances per person in the 12 months before and after referral, compared with a matched group of people who were not referred",
          population: "People referred, and a matched comparison group",
          baseline: "Each person's use of services in the 12 months before referral",
          target: "A smaller rise, or a fall, compared with the comparison group",
          threshold: "A difference that holds up in the analytics team's statistical test",
          byWhen: "24 months after the programme starts",
          dataSource:
            "Linked GP and Emergency Care Data Set records with names removed (pseudonymised), analysed by the ICB's analytics team",
        },
      ],
      evidence: [
        {
          title:
            "University of Westminster review of social prescribing and demand on health services (2017): some schemes reported fewer GP consultations, but study quality was low",
          url: "",
          type: "research",
          strength: "weak",
        },
      ],
    },

    // ---- Outputs ----
    {
      ref: "out-referrals",
      kind: "output",
      stage: "outputs",
      title: "People referred to a link worker, by source and by reason",
      proposedBy: [WHO.primaryCare],
    },
    {
      ref: "out-briefings",
      kind: "output",
      stage: "outputs",
      group: "system",
      title: "Practice teams and other referrers briefed on when and how to refer",
    },
    {
      ref: "out-plans",
      kind: "output",
      stage: "outputs",
      group: "person",
      title: "Personalised care and support plans agreed",
    },
    {
      ref: "out-introductions",
      kind: "output",
      stage: "outputs",
      group: "person",
      title: "Introductions made to community groups and services, and how many were taken up",
    },
    {
      ref: "out-directory",
      kind: "output",
      stage: "outputs",
      group: "community",
      title: "An up-to-date directory of the local community offer",
      proposedBy: [WHO.vcfse],
    },
    {
      ref: "out-grants",
      kind: "output",
      stage: "outputs",
      group: "community",
      title: "Community groups given small grants or capacity support",
    },
    {
      ref: "out-insight",
      kind: "output",
      stage: "outputs",
      group: "system",
      title:
        "Quarterly reports on referrals, results and unmet social need, shared with practices and commissioners",
      proposedBy: [WHO.icb],
    },

    // ---- Activities ----
    {
      ref: "act-referral-routes",
      kind: "activity",
      stage: "activities",
      group: "system",
      title:
        "Agree referral routes from GPs, practice teams, pharmacies and other services, plus self-referral, and brief referrers",
      proposedBy: [WHO.primaryCare, WHO.icb],
    },
    {
      ref: "act-conversations",
      kind: "activity",
      stage: "activities",
      group: "person",
      title: "Hold 'what matters to you' conversations with each person referred",
      description:
        "Link workers give people time, often over several sessions, to talk about what matters to them, not only what is the matter with them.",
      proposedBy: [WHO.residents, WHO.primaryCare],
      evidence: [
        {
          title:
            "NHS England social prescribing summary guide and link worker workforce development framework",
          url: "",
          type: "practice",
          strength: "moderate",
        },
      ],
    },
    {
      ref: "act-plans",
      kind: "activity",
      stage: "activities",
      group: "person",
      title: "Co-produce personalised care and support plans",
      description:
        "A plan the person shapes with the link worker, naming their goals and the support they choose. Co-produce: make together, as equals.",
    },
    {
      ref: "act-connect",
      kind: "activity",
      stage: "activities",
      group: "person",
      title:
        "Introduce people to community groups, activities and advice, going with them the first time if needed",
      proposedBy: [WHO.residents, WHO.vcfse],
      assumptions: [
        {
          text: "People can get to activities: cost, transport, opening times and language do not stop them",
          confidence: "medium",
        },
      ],
    },
    {
      ref: "act-map-offer",
      kind: "activity",
      stage: "activities",
      group: "community",
      title: "Map the local community offer with VCFSE partners and keep it up to date",
      proposedBy: [WHO.vcfse, WHO.localAuthority],
    },
    {
      ref: "act-grants",
      kind: "activity",
      stage: "activities",
      group: "community",
      title: "Run a small-grants fund and capacity support for groups that receive referrals",
      proposedBy: [WHO.localAuthority, WHO.vcfse],
    },
    {
      ref: "act-insight",
      kind: "activity",
      stage: "activities",
      group: "system",
      title:
        "Feed back what people are referred for, and what is missing locally, to practices and commissioners",
      proposedBy: [WHO.publicHealth],
    },

    // ---- Inputs ----
    {
      ref: "in-link-workers",
      kind: "input",
      stage: "inputs",
      title:
        "Social prescribing link workers funded through the Additional Roles Reimbursement Scheme",
      description:
        "The Additional Roles Reimbursement Scheme (ARRS) lets primary care networks claim back the salary costs of roles such as social prescribing link workers.",
      proposedBy: [WHO.primaryCare, WHO.icb],
      assumptions: [
        {
          text: "Link worker posts stay filled: turnover and short contracts are a known risk",
          confidence: "medium",
        },
      ],
      evidence: [
        {
          title:
            "NHS Long Term Plan (2019): commitment to social prescribing link workers in primary care networks",
          url: "",
          type: "practice",
          strength: "strong",
        },
      ],
    },
    {
      ref: "in-supervision",
      kind: "input",
      stage: "inputs",
      title: "Supervision, training and peer support for link workers",
      description:
        "Regular supervision from a named GP or senior clinician, training in line with NHS England's workforce development framework, and a peer network.",
      proposedBy: [WHO.primaryCare, WHO.vcfse],
    },
    {
      ref: "in-community-offer",
      kind: "input",
      stage: "inputs",
      title: "Community groups, activities and advice services willing to take referrals",
      proposedBy: [WHO.vcfse, WHO.residents],
    },
    {
      ref: "in-funding",
      kind: "input",
      stage: "inputs",
      title: "Funding and practical support for the community offer",
      description:
        "Small grants, venue costs and help from the local council for voluntary service (the body that supports local charities and groups).",
      proposedBy: [WHO.localAuthority, WHO.icb],
    },
    {
      ref: "in-data",
      kind: "input",
      stage: "inputs",
      title: "A shared referral route and agreed data recording",
      description:
        "A way for practices to refer, for link workers to record contacts and results, and for the partnership to see totals with names removed.",
      proposedBy: [WHO.icb, WHO.publicHealth],
    },
  ],
  links: [
    // Inputs → activities
    {
      from: "in-link-workers",
      to: "act-conversations",
      rationale: "Because link workers are the people who have these conversations",
    },
    {
      from: "in-link-workers",
      to: "act-plans",
      rationale: "Because link workers have the time to build a plan with each person",
    },
    {
      from: "in-link-workers",
      to: "act-connect",
      rationale: "Because link workers know the local offer and can make introductions",
    },
    {
      from: "in-supervision",
      to: "act-conversations",
      rationale:
        "Because link workers hear hard things and need support to keep conversations safe and good",
      assumptions: [
        {
          text: "Link workers have protected time for supervision, not only a case-load",
          confidence: "medium",
        },
      ],
    },
    {
      from: "in-supervision",
      to: "act-plans",
      rationale:
        "Because training in personalised care helps link workers keep plans led by the person",
    },
    {
      from: "in-community-offer",
      to: "act-map-offer",
      rationale: "Because the map can only show groups that exist and are willing to take part",
    },
    {
      from: "in-community-offer",
      to: "act-connect",
      rationale: "Because introductions need somewhere good to go",
    },
    {
      from: "in-funding",
      to: "act-grants",
      rationale: "Because grants and capacity support need a budget",
    },
    {
      from: "in-data",
      to: "act-referral-routes",
      rationale: "Because referrers need one simple route that works with their systems",
    },
    {
      from: "in-data",
      to: "act-insight",
      rationale: "Because insight reports depend on consistent recording",
    },

    // Activities → outputs
    {
      from: "act-referral-routes",
      to: "out-referrals",
      rationale: "Because clear routes make referring quick",
    },
    {
      from: "act-referral-routes",
      to: "out-briefings",
      rationale: "Because agreeing routes with practices is the moment to brief their teams",
    },
    {
      from: "act-conversations",
      to: "out-plans",
      rationale: "Because the plan grows out of what the person says matters to them",
    },
    {
      from: "act-plans",
      to: "out-plans",
      rationale: "Because co-producing the plan is how it gets agreed",
    },
    {
      from: "act-connect",
      to: "out-introductions",
      rationale: "Because each introduction is recorded, with whether it was taken up",
    },
    {
      from: "act-map-offer",
      to: "out-directory",
      rationale: "Because mapping with VCFSE partners produces the directory and keeps it current",
    },
    {
      from: "act-grants",
      to: "out-grants",
      rationale: "Because the fund makes the awards and provides the support",
    },
    {
      from: "act-insight",
      to: "out-insight",
      rationale: "Because regular feedback becomes the quarterly reports",
    },

    // Outputs → outcomes
    {
      from: "out-referrals",
      to: "p-short-listened",
      rationale: "Because people have to reach a link worker before they can be listened to",
    },
    {
      from: "out-plans",
      to: "p-short-listened",
      rationale: "Because a plan the person shaped is the sign that they were heard",
    },
    {
      from: "out-introductions",
      to: "p-short-takeup",
      rationale: "Because a personal introduction makes the first visit less daunting",
      assumptions: [
        {
          text: "Groups and activities are welcoming to people of different backgrounds, ages and languages",
          confidence: "medium",
        },
      ],
    },
    {
      from: "out-directory",
      to: "p-short-takeup",
      rationale: "Because link workers can only match people to what they know exists",
    },
    {
      from: "out-introductions",
      to: "c-short-relationships",
      rationale: "Because each warm introduction builds trust between link workers and groups",
    },
    {
      from: "out-directory",
      to: "c-short-relationships",
      rationale:
        "Because mapping the offer together gives link workers and groups a reason to meet",
    },
    {
      from: "out-directory",
      to: "s-medium-commissioning",
      rationale: "Because the directory shows where the community offer has gaps",
    },
    {
      from: "out-grants",
      to: "c-medium-capacity",
      rationale: "Because money and practical help let groups take on more people",
      assumptions: [
        {
          text: "Small grants are large enough, and arrive quickly enough, to change what groups can do",
          confidence: "low",
        },
      ],
    },
    {
      from: "out-briefings",
      to: "s-short-referrals",
      rationale: "Because staff refer when they know what link workers do and how to reach them",
      assumptions: [
        {
          text: "Practice staff have time in busy sessions to ask about non-medical needs",
          confidence: "medium",
        },
      ],
    },
    {
      from: "out-insight",
      to: "s-short-referrals",
      rationale:
        "Because practice teams refer more readily when they hear what happened to the people they referred",
    },
    {
      from: "out-insight",
      to: "s-medium-commissioning",
      rationale: "Because commissioners can act on needs they can see",
      assumptions: [
        {
          text: "Commissioners have the money and the routes to act on what they hear",
          confidence: "low",
        },
      ],
    },

    // Person pathway
    {
      from: "p-short-listened",
      to: "p-medium-confident",
      rationale: "Because setting your own goals builds confidence to act on them",
    },
    {
      from: "p-short-listened",
      to: "p-medium-money",
      rationale:
        "Because money, housing and debt worries come out in a 'what matters' conversation and go into the plan",
    },
    {
      from: "p-short-listened",
      to: "s-medium-gp-time",
      rationale:
        "Because people whose non-medical needs are being worked on have less reason to bring them to the GP",
    },
    {
      from: "p-short-takeup",
      to: "p-medium-lonely",
      rationale: "Because regular contact with others, doing something you chose, eases loneliness",
    },
    {
      from: "p-short-takeup",
      to: "p-medium-confident",
      rationale: "Because taking part builds skills and confidence",
    },
    {
      from: "p-short-takeup",
      to: "p-medium-money",
      rationale: "Because advice services can only help the people who reach them",
    },
    {
      from: "p-short-takeup",
      to: "c-medium-volunteer",
      rationale: "Because people who feel at home in a group are often invited to help run it",
    },
    {
      from: "p-medium-lonely",
      to: "p-long-wellbeing",
      rationale: "Because loneliness and wellbeing are closely linked",
    },
    {
      from: "p-medium-confident",
      to: "p-long-wellbeing",
      rationale:
        "Because people who feel in control of their health are better able to look after it",
    },
    {
      from: "p-medium-money",
      to: "p-long-wellbeing",
      rationale: "Because money, housing and debt worries harm mental and physical health",
    },

    // Community pathway
    {
      from: "c-short-relationships",
      to: "p-medium-lonely",
      rationale: "Because people are more likely to stay when the group expects and welcomes them",
    },
    {
      from: "c-short-relationships",
      to: "c-medium-capacity",
      rationale:
        "Because groups that know the link workers can plan for referrals and make the case for funding",
    },
    {
      from: "c-short-relationships",
      to: "c-medium-volunteer",
      rationale: "Because link workers and groups can spot and encourage people ready to help",
    },
    {
      from: "c-medium-capacity",
      to: "p-long-wellbeing",
      rationale: "Because people can only stay connected if their group keeps going",
    },
    {
      from: "c-medium-capacity",
      to: "c-long-offer",
      rationale: "Because groups with capacity and funding last and grow",
    },
    {
      from: "c-medium-volunteer",
      to: "c-long-offer",
      rationale: "Because volunteers keep groups running",
    },

    // System pathway
    {
      from: "s-short-referrals",
      to: "s-medium-gp-time",
      rationale:
        "Because non-medical needs go to the link worker instead of filling GP appointments",
    },
    {
      from: "s-medium-commissioning",
      to: "c-long-offer",
      rationale: "Because commissioning decisions can fund the gaps the insight shows",
    },
    {
      from: "s-medium-gp-time",
      to: "s-long-demand",
      rationale: "Because appointments freed from non-medical needs can go to medical ones",
      assumptions: [
        {
          text: "Time freed in practices is not simply filled by other demand, which would hide any change",
          confidence: "low",
        },
      ],
    },
    {
      from: "p-medium-confident",
      to: "s-long-demand",
      rationale: "Because people who manage their health well may need urgent help less often",
      assumptions: [
        {
          text: "Greater confidence to manage health leads to less urgent care use; the evidence for this is mixed",
          confidence: "low",
        },
      ],
    },

    // Long-term outcomes → impact
    {
      from: "p-long-wellbeing",
      to: "impact",
      rationale:
        "Because lasting wellbeing for the people referred is part of residents living well",
      assumptions: [
        {
          text: "Enough people are reached for gains to show at population level",
          confidence: "medium",
        },
      ],
    },
    {
      from: "c-long-offer",
      to: "impact",
      rationale:
        "Because a strong community offer is where non-medical needs are met closer to home",
    },
    {
      from: "s-long-demand",
      to: "impact",
      rationale: "Because health services focused on medical need leave more room for everyone",
    },
  ],
};
