// Starter: a community-led prevention programme of community connectors
// (community health champions). Written by the project from public knowledge
// (PHE and NHS England's community-centred approaches, NICE NG44, NHS
// England's Core20PLUS5, The King's Fund, Local Government Association case
// studies). No statistics are quoted: baselines and targets are left for
// local data.
import { PATHWAY_GROUPS, type TemplateSpec, WHO } from "./spec";

export const communityConnectors: TemplateSpec = {
  id: "community-connectors",
  name: "Community connectors (community health champions)",
  summary:
    "Local residents trained to share trusted health information, connect neighbours to help and carry communities' views back to services.",
  framing: "toc",
  title: "Community connectors programme: theory of change",
  note:
    "A starting point to adapt, not a finished theory of change: reword, remove and add elements with the connectors and residents it concerns. " +
    "Community connectors, also called community health champions, are local residents, usually volunteers, trained and supported to have everyday conversations about health, point people to help and tell services what their communities say. " +
    "Outcomes are grouped by impact on people (residents and the connectors themselves), on communities and on the health and care system. " +
    "Sources drawn on: Public Health England and NHS England's guide to community-centred approaches for health and wellbeing (2015); NICE guideline NG44 on community engagement (2016); NHS England's Core20PLUS5 approach to reducing healthcare inequalities; " +
    "The King's Fund's work on communities and health; Local Government Association case studies of council champion schemes during COVID-19; and published evaluations of health champion and lay health worker programmes. " +
    "Change first: which neighbourhoods and communities the programme is for, and the impact statement in their words; then the indicators' baselines and targets from local data. " +
    "Consider drawing the accountability ceiling above the medium-term outcomes: the long-term ones depend on much more than this programme.",
  groups: PATHWAY_GROUPS,
  elements: [
    // ---- Impact ----
    {
      ref: "impact",
      kind: "impact",
      stage: "impact",
      title:
        "Fairer health: people in the neighbourhoods served live healthier lives and the gap with the rest of the area narrows",
      proposedBy: [WHO.residents, WHO.publicHealth],
      indicators: [
        {
          measure:
            "Healthy life expectancy and the gap between the most and least deprived neighbourhoods, read alongside personal wellbeing (the four ONS questions)",
          population:
            "Residents of the neighbourhoods served, compared with the whole local authority area",
          baseline: "Latest published figures for the area",
          target: "A narrowing gap over time",
          threshold:
            "Movement in the right direction over five years, read alongside other local changes: the programme contributes to this, it is not solely accountable for it",
          byWhen: "Reviewed yearly; judged over 5 years or more",
          dataSource:
            "Fingertips public health profiles from the Office for Health Improvement and Disparities (OHID); ONS personal wellbeing estimates; the ICB's population health data",
        },
      ],
      evidence: [
        {
          title:
            "Public Health England and NHS England, A guide to community-centred approaches for health and wellbeing (2015)",
          url: "",
          type: "research",
          strength: "moderate",
        },
      ],
    },

    // ---- Person level outcomes ----
    {
      ref: "p-short-know",
      kind: "outcome",
      stage: "short",
      group: "person",
      title:
        "More residents know where to get help and trust the health information they are given",
      proposedBy: [WHO.residents],
      indicators: [
        {
          measure:
            "Residents who, after talking with a connector, say they know where to go for help with the issue they raised and trust the information they were given",
          population: "Residents who have a conversation with a connector",
          baseline: "None yet: the first quarter's feedback sets the baseline",
          target: "Most residents agree; level agreed by the partnership after the first quarter",
          threshold: "A stable or rising share over four quarters",
          byWhen: "End of the first year",
          dataSource:
            "Short feedback card or text after conversations, collected by the host organisation",
        },
      ],
      evidence: [
        {
          title:
            "Experience from COVID-19 vaccination outreach: trusted local messengers reached people that services had not",
          url: "",
          type: "practice",
          strength: "moderate",
        },
      ],
    },
    {
      ref: "p-short-talk",
      kind: "outcome",
      stage: "short",
      group: "person",
      title: "More residents feel comfortable talking about a health worry with someone they trust",
      proposedBy: [WHO.residents, WHO.vcfse],
      indicators: [
        {
          measure:
            "Residents who say they have someone they would feel comfortable talking to about a health worry",
          population: "Adults in the neighbourhoods served",
          baseline: "To be set from a local residents' survey before connectors start",
          target: "A rising share at each repeat of the survey",
          threshold:
            "A rise seen in the neighbourhoods served that is not seen in comparable neighbourhoods",
          byWhen: "Repeat survey at 12 and 24 months",
          dataSource: "Local residents' survey, run with the host organisation",
        },
      ],
      evidence: [
        {
          title:
            "What residents in your area say about who they trust with health worries, gathered in your own workshops: add it before relying on this outcome",
          url: "",
          type: "lived-experience",
          strength: "weak",
        },
      ],
    },
    {
      ref: "p-medium-act",
      kind: "outcome",
      stage: "medium",
      group: "person",
      title:
        "More residents act on health information, such as booking a health check, screening or vaccination",
      proposedBy: [WHO.publicHealth, WHO.primaryCare],
      indicators: [
        {
          measure:
            "Uptake of NHS Health Checks, cancer screening and vaccinations among residents of the neighbourhoods served, alongside residents' own reports of action taken after a conversation",
          population: "Eligible residents of the neighbourhoods served",
          baseline: "Uptake in the year before the programme, from published and practice data",
          target: "Higher uptake than in the year before the programme",
          threshold: "A rise larger than in comparable neighbourhoods without connectors",
          byWhen: "End of year 2",
          dataSource:
            "GP practice data and Fingertips profiles (OHID) for uptake; connectors' conversation logs for self-reported action",
        },
      ],
    },
    {
      ref: "p-medium-connectors",
      kind: "outcome",
      stage: "medium",
      group: "person",
      title: "Connectors themselves gain confidence, skills and wellbeing",
      proposedBy: [WHO.residents, WHO.vcfse],
      indicators: [
        {
          measure:
            "Connectors' wellbeing on the Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS), their confidence, and moves into training, further volunteering or paid work",
          population: "Everyone who starts as a connector",
          baseline: "Each connector's scores when they start",
          target: "Higher average wellbeing and confidence after 12 months",
          threshold:
            "An average change at or above the meaningful-change level in the SWEMWBS user guidance",
          byWhen: "12 months after each connector starts",
          dataSource: "Host organisation's volunteer records and a yearly connector survey",
        },
      ],
      evidence: [
        {
          title:
            "Evaluations of health champion and lay health worker programmes: benefits for the champions themselves are the most consistently reported",
          url: "",
          type: "evaluation",
          strength: "moderate",
        },
      ],
    },
    {
      ref: "p-long-health",
      kind: "outcome",
      stage: "long",
      group: "person",
      title: "Better health and wellbeing among residents of the neighbourhoods served",
      proposedBy: [WHO.residents, WHO.publicHealth],
      indicators: [
        {
          measure:
            "Personal wellbeing on the four ONS questions (life satisfaction, feeling life is worthwhile, happiness and anxiety) and self-reported health",
          population: "Adults in the neighbourhoods served",
          baseline: "To be set from a local residents' survey before connectors start",
          target: "Improvement at each repeat of the survey",
          threshold: "Fewer residents in the ONS 'low' bands than at baseline",
          byWhen: "By the end of year 3",
          dataSource: "Local residents' survey; ONS personal wellbeing estimates for context",
        },
      ],
    },

    // ---- Community level outcomes ----
    {
      ref: "c-short-connectors",
      kind: "outcome",
      stage: "short",
      group: "community",
      title: "More connectors who reflect the communities served stay involved over time",
      proposedBy: [WHO.vcfse, WHO.residents],
      indicators: [
        {
          measure:
            "Active connectors by neighbourhood, community, language and age, compared with the population served; connectors still active after 6 and 12 months",
          population: "Everyone who completes connector training",
          baseline: "The first group trained",
          target:
            "Connectors from every neighbourhood and main community served, most still active at 12 months",
          threshold: "No neighbourhood or main community served without an active connector",
          byWhen: "End of the first year",
          dataSource: "Host organisation's volunteer records; census data on the population served",
        },
      ],
    },
    {
      ref: "c-medium-trust",
      kind: "outcome",
      stage: "medium",
      group: "community",
      title: "Stronger social connections and trust within the neighbourhoods served",
      proposedBy: [WHO.residents],
      indicators: [
        {
          measure:
            "Residents who feel they belong to their neighbourhood and who say people in the neighbourhood can be trusted (questions from the Community Life Survey), and how often they feel lonely",
          population: "Adults in the neighbourhoods served",
          baseline: "To be set from a local residents' survey before connectors start",
          target: "A rising share at each repeat of the survey",
          threshold: "A rise in belonging or trust, with no fall in the other",
          byWhen: "Repeat survey at 24 months",
          dataSource:
            "Local residents' survey using Community Life Survey questions, so results can be compared with national figures",
        },
      ],
      evidence: [
        {
          title:
            "The King's Fund, Communities and health: why strong communities matter for health",
          url: "",
          type: "research",
          strength: "moderate",
        },
      ],
    },
    {
      ref: "c-medium-action",
      kind: "outcome",
      stage: "medium",
      group: "community",
      title: "More residents volunteer or take part in community action on health",
      proposedBy: [WHO.vcfse, WHO.localAuthority],
      indicators: [
        {
          measure:
            "Residents volunteering or taking part in community health activity (for example walking groups, food projects or peer support), including new connectors recruited by word of mouth",
          population: "Adults in the neighbourhoods served",
          baseline: "To be set from the residents' survey and host organisation records",
          target: "More residents involved than at baseline",
          threshold:
            "New community activity started or led by residents in each neighbourhood served",
          byWhen: "End of year 2",
          dataSource: "Local residents' survey; host organisation and VCFSE partner records",
        },
      ],
    },
    {
      ref: "c-long-control",
      kind: "outcome",
      stage: "long",
      group: "community",
      title: "Communities have more say and control over the things that affect their health",
      proposedBy: [WHO.residents, WHO.localAuthority],
      indicators: [
        {
          measure:
            "Residents who agree they can influence decisions affecting their local area (a Community Life Survey question), and decisions made with community members at the table",
          population: "Adults in the neighbourhoods served",
          baseline: "To be set from a local residents' survey before connectors start",
          target: "A rising share over time",
          threshold: "A rise seen at two repeats of the survey in a row",
          byWhen: "By the end of year 3",
          dataSource: "Local residents' survey; council and ICB engagement records",
        },
      ],
      evidence: [
        {
          title:
            "NICE guideline NG44: Community engagement, improving health and wellbeing and reducing health inequalities (2016)",
          url: "https://www.nice.org.uk/guidance/ng44",
          type: "research",
          strength: "moderate",
        },
      ],
    },

    // ---- System level outcomes ----
    {
      ref: "s-short-hear",
      kind: "outcome",
      stage: "short",
      group: "system",
      title:
        "Services hear more regularly and directly from communities they have not reached well",
      proposedBy: [WHO.icb, WHO.publicHealth],
      indicators: [
        {
          measure:
            "Insight summaries from connectors received and discussed by service leads, and sessions where services met residents face to face",
          population: "NHS, council and VCFSE services taking part",
          baseline: "None at the start",
          target: "Insight discussed by each taking-part service every quarter",
          threshold: "Every taking-part service has discussed insight at least twice a year",
          byWhen: "End of the first year",
          dataSource: "Programme records; service meeting notes",
        },
      ],
    },
    {
      ref: "s-medium-change",
      kind: "outcome",
      stage: "medium",
      group: "system",
      title: "Services change how they work in response to what communities say",
      proposedBy: [WHO.residents, WHO.icb],
      indicators: [
        {
          measure:
            "Changes to services made in response to community insight (for example opening times, venues, languages or how letters are written), logged as 'you said, we did'",
          population: "NHS, council and VCFSE services taking part",
          baseline: "None at the start",
          target: "Changes made and reported back to communities every year",
          threshold: "Each change reported back to the community that raised it",
          byWhen: "End of year 2",
          dataSource:
            "'You said, we did' log kept by the programme; reports back to community meetings",
        },
      ],
    },
    {
      ref: "s-long-gaps",
      kind: "outcome",
      stage: "long",
      group: "system",
      title:
        "Narrower gaps in the use of preventive services between the neighbourhoods served and the rest of the area",
      description:
        "Preventive services: health checks, screening and vaccination. This follows the aim of NHS England's Core20PLUS5 approach, which focuses on the most deprived fifth of the population and other groups who face worse access.",
      proposedBy: [WHO.icb, WHO.publicHealth, WHO.primaryCare],
      indicators: [
        {
          measure:
            "The gap in uptake of NHS Health Checks, cancer screening and vaccination between the neighbourhoods served and the rest of the area",
          population: "Eligible residents, by neighbourhood",
          baseline: "The gap in the year before the programme",
          target: "A narrower gap than at baseline",
          threshold: "The gap narrows over three years in a row",
          byWhen: "By the end of year 3",
          dataSource: "ICB population health data; GP practice data; Fingertips profiles (OHID)",
        },
      ],
      evidence: [
        {
          title: "NHS England, Core20PLUS5: an approach to reducing healthcare inequalities",
          url: "",
          type: "practice",
          strength: "moderate",
        },
      ],
    },

    // ---- Outputs ----
    {
      ref: "out-connectors",
      kind: "output",
      stage: "outputs",
      group: "community",
      title: "Connectors recruited, trained and active, by neighbourhood and community",
    },
    {
      ref: "out-conversations",
      kind: "output",
      stage: "outputs",
      group: "person",
      title: "Health conversations held and signposts given, by topic",
    },
    {
      ref: "out-sessions",
      kind: "output",
      stage: "outputs",
      group: "system",
      title: "Community sessions held with NHS and council services, and how many residents came",
    },
    {
      ref: "out-insight",
      kind: "output",
      stage: "outputs",
      group: "system",
      title: "Regular summaries of what residents say, shared with services",
    },
    {
      ref: "out-network",
      kind: "output",
      stage: "outputs",
      group: "community",
      title: "Peer network meetings for connectors, with shared learning",
    },

    // ---- Activities ----
    {
      ref: "act-recruit",
      kind: "activity",
      stage: "activities",
      group: "community",
      title: "Recruit connectors from the neighbourhoods and communities the programme serves",
      proposedBy: [WHO.vcfse, WHO.residents],
    },
    {
      ref: "act-train",
      kind: "activity",
      stage: "activities",
      group: "community",
      title:
        "Train connectors in health conversations, signposting, safeguarding and looking after themselves",
      description: "Signposting: pointing someone to the right service or group, with its details.",
      proposedBy: [WHO.publicHealth, WHO.vcfse],
    },
    {
      ref: "act-conversations",
      kind: "activity",
      stage: "activities",
      group: "person",
      title: "Have informal health conversations where people already gather",
      description:
        "For example at places of worship, markets, school gates, food banks, community cafés and sports clubs.",
      proposedBy: [WHO.residents],
      assumptions: [
        {
          text: "Connectors are welcome in these places and people are willing to talk there",
          confidence: "medium",
        },
      ],
    },
    {
      ref: "act-sessions",
      kind: "activity",
      stage: "activities",
      group: "system",
      title:
        "Co-host community sessions with services, such as health check and vaccination pop-ups",
      proposedBy: [WHO.primaryCare, WHO.publicHealth],
    },
    {
      ref: "act-listen",
      kind: "activity",
      stage: "activities",
      group: "system",
      title: "Gather what residents say about services and barriers, and feed it back to services",
      proposedBy: [WHO.residents, WHO.icb],
    },
    {
      ref: "act-network",
      kind: "activity",
      stage: "activities",
      group: "community",
      title: "Bring connectors together as a peer network",
      proposedBy: [WHO.vcfse],
    },

    // ---- Inputs ----
    {
      ref: "in-host",
      kind: "input",
      stage: "inputs",
      title: "A trusted local VCFSE host organisation",
      description:
        "A voluntary, community, faith or social enterprise organisation that residents already trust, to recruit connectors, pay their expenses and support them.",
      proposedBy: [WHO.vcfse, WHO.residents],
    },
    {
      ref: "in-coordinators",
      kind: "input",
      stage: "inputs",
      title: "Paid coordinators who support and supervise connectors",
      proposedBy: [WHO.vcfse],
      assumptions: [
        {
          text: "Volunteers need paid, dependable support to stay involved; goodwill alone does not last",
          confidence: "high",
        },
      ],
    },
    {
      ref: "in-funding",
      kind: "input",
      stage: "inputs",
      title: "Funding for more than one year from the council's public health grant and the ICB",
      description:
        "The public health grant is the money councils receive from central government for public health. Short-term funding makes it hard to keep trust and connectors.",
      proposedBy: [WHO.localAuthority, WHO.icb],
    },
    {
      ref: "in-information",
      kind: "input",
      stage: "inputs",
      title: "Up-to-date, plain-language health information and service contacts",
      proposedBy: [WHO.publicHealth, WHO.primaryCare],
    },
    {
      ref: "in-local-data",
      kind: "input",
      stage: "inputs",
      title: "Local data on who is missing out, such as neighbourhood health profiles",
      proposedBy: [WHO.publicHealth, WHO.icb],
    },
  ],
  links: [
    // Inputs → activities
    {
      from: "in-host",
      to: "act-recruit",
      rationale:
        "Because residents are more willing to volunteer with an organisation they already trust",
    },
    {
      from: "in-host",
      to: "act-network",
      rationale: "Because the host provides the space and the continuity for a network",
    },
    {
      from: "in-coordinators",
      to: "act-train",
      rationale: "Because coordinators arrange training and check that connectors feel ready",
    },
    {
      from: "in-coordinators",
      to: "act-conversations",
      rationale: "Because connectors need someone to turn to after difficult conversations",
    },
    {
      from: "in-coordinators",
      to: "act-listen",
      rationale: "Because someone has to collect, summarise and pass on what connectors hear",
    },
    {
      from: "in-funding",
      to: "act-recruit",
      rationale: "Because paying expenses lets people on low incomes volunteer",
    },
    {
      from: "in-funding",
      to: "act-sessions",
      rationale: "Because pop-up sessions need venues, equipment and staff time",
    },
    {
      from: "in-information",
      to: "act-train",
      rationale: "Because connectors need accurate information to pass on",
    },
    {
      from: "in-information",
      to: "act-conversations",
      rationale:
        "Because conversations go further when connectors can share clear, current contacts",
    },
    {
      from: "in-local-data",
      to: "act-recruit",
      rationale:
        "Because the data shows which neighbourhoods and communities to recruit from first",
    },
    {
      from: "in-local-data",
      to: "act-sessions",
      rationale: "Because the data shows where uptake of checks and vaccination is lowest",
    },

    // Activities → outputs
    {
      from: "act-recruit",
      to: "out-connectors",
      rationale: "Because recruitment brings in the connectors",
    },
    {
      from: "act-train",
      to: "out-connectors",
      rationale: "Because connectors become active once trained and confident",
    },
    {
      from: "act-conversations",
      to: "out-conversations",
      rationale: "Because each conversation is logged, with any signposting given",
    },
    {
      from: "act-sessions",
      to: "out-sessions",
      rationale: "Because co-hosting with services is what puts the sessions on",
    },
    {
      from: "act-listen",
      to: "out-insight",
      rationale: "Because what connectors hear becomes the regular summaries",
    },
    {
      from: "act-network",
      to: "out-network",
      rationale: "Because bringing connectors together is what the network meetings are",
    },

    // Outputs → outcomes
    {
      from: "out-conversations",
      to: "p-short-know",
      rationale: "Because a conversation with someone local is a chance to learn where help is",
    },
    {
      from: "out-sessions",
      to: "p-short-know",
      rationale: "Because meeting services in a familiar place builds trust in them",
    },
    {
      from: "out-conversations",
      to: "p-short-talk",
      rationale: "Because a good first conversation makes the next one easier",
    },
    {
      from: "out-connectors",
      to: "p-short-talk",
      rationale: "Because connectors share residents' languages, backgrounds and places",
      assumptions: [
        {
          text: "Connectors are seen as neighbours, not as the council or the NHS in disguise",
          confidence: "medium",
        },
      ],
    },
    {
      from: "out-connectors",
      to: "c-short-connectors",
      rationale: "Because a diverse group has to be recruited before it can be kept",
    },
    {
      from: "out-network",
      to: "c-short-connectors",
      rationale: "Because peer support and shared learning help volunteers stay",
    },
    {
      from: "out-connectors",
      to: "p-medium-connectors",
      rationale: "Because training and the role itself build skills and confidence",
    },
    {
      from: "out-sessions",
      to: "p-medium-act",
      rationale:
        "Because taking checks and vaccination to where people are removes practical barriers",
    },
    {
      from: "out-insight",
      to: "s-short-hear",
      rationale: "Because regular summaries put residents' views in front of services",
    },
    {
      from: "out-sessions",
      to: "s-short-hear",
      rationale: "Because staff at sessions hear from residents face to face",
    },

    // Person pathway
    {
      from: "p-short-know",
      to: "p-medium-act",
      rationale: "Because people act on information they trust and know how to use",
    },
    {
      from: "p-short-talk",
      to: "p-medium-act",
      rationale: "Because talking a worry through often leads to doing something about it",
    },
    {
      from: "p-short-know",
      to: "c-medium-action",
      rationale: "Because residents who know what is on locally can find ways to take part",
    },
    {
      from: "p-short-talk",
      to: "c-medium-trust",
      rationale: "Because trusting conversations between neighbours build wider trust",
    },
    {
      from: "p-medium-act",
      to: "p-long-health",
      rationale:
        "Because health checks, screening and vaccination prevent illness or catch it early",
    },
    {
      from: "p-medium-connectors",
      to: "p-long-health",
      rationale: "Because connectors are residents too, and their wellbeing counts",
    },
    {
      from: "p-medium-act",
      to: "s-long-gaps",
      rationale:
        "Because more residents of the neighbourhoods served taking up checks narrows the gap",
      assumptions: [
        {
          text: "Services have capacity for the extra checks and vaccinations that residents book",
          confidence: "medium",
        },
      ],
    },

    // Community pathway
    {
      from: "c-short-connectors",
      to: "p-medium-connectors",
      rationale: "Because the benefits for connectors build up the longer they stay involved",
    },
    {
      from: "c-short-connectors",
      to: "c-medium-trust",
      rationale: "Because connectors who stay become known and trusted faces",
    },
    {
      from: "c-short-connectors",
      to: "c-medium-action",
      rationale: "Because connectors invite neighbours to join in",
    },
    {
      from: "c-short-connectors",
      to: "s-medium-change",
      rationale:
        "Because a steady group of connectors gives services a lasting relationship with communities",
    },
    {
      from: "c-medium-trust",
      to: "p-long-health",
      rationale: "Because social connection is good for health",
    },
    {
      from: "c-medium-trust",
      to: "c-long-control",
      rationale: "Because communities that trust each other organise and speak up together",
    },
    {
      from: "c-medium-action",
      to: "c-long-control",
      rationale:
        "Because residents who take part gain the experience and networks to shape decisions",
    },

    // System pathway
    {
      from: "s-short-hear",
      to: "s-medium-change",
      rationale: "Because services can only change in response to what they hear",
      assumptions: [
        {
          text: "Service leads have the authority and budget to change how they work",
          confidence: "low",
        },
      ],
    },
    {
      from: "s-medium-change",
      to: "s-long-gaps",
      rationale: "Because services that fit communities better are used more",
    },
    {
      from: "s-medium-change",
      to: "c-long-control",
      rationale: "Because seeing services respond shows residents that speaking up works",
    },

    // Long-term outcomes → impact
    {
      from: "p-long-health",
      to: "impact",
      rationale:
        "Because better health among residents served is the change the programme exists for",
      assumptions: [
        {
          text: "The programme reaches enough residents for change to show at neighbourhood level",
          confidence: "medium",
        },
      ],
    },
    {
      from: "c-long-control",
      to: "impact",
      rationale:
        "Because control over the things that affect health is itself a route to fairer health",
    },
    {
      from: "s-long-gaps",
      to: "impact",
      rationale: "Because fairer use of preventive services contributes to fairer health",
    },
  ],
};
