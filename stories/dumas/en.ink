// Ms Dumas’s pathway: the chapter’s case study, over four weeks.
// Week 1: the interview, where she negotiates her pathway, and the team meeting (step 1). Week 2:
// mapping and the call to the training centre (step 2). Week 3: coordination (step 3). Week 4:
// the promise falls due, the panel decides, a partner fails to keep its word, the loop is closed.
// To keep the exhaustive exploration fast: many decisions only change the score; each entry of
// the week-2 hub closes once chosen and always opens two options; booleans are reset as soon as
// they are no longer needed; sharing and referrals are applied in a fixed order, at the week’s
// review.
INCLUDE ../lib/engine.ink

VAR ml_known = false
VAR claire_help = false
VAR tremplin_done = false
VAR rpe_done = false
VAR ml_done = false
VAR bistrot_done = false
VAR garde_asked = false
VAR ref_asked = false
VAR bistrot_direct = false
VAR promised = false
VAR clash_ok = false
VAR submitted = false
VAR brief_ok = false

-> interview

=== interview ===
A Monday morning in September, at Relais Insertion, in the centre of Valmoran. The waiting room is already full and the radiator is ticking. # scene: office # time: 2
For the first time you meet Ms Inès Dumas, 24, who has come on a friend’s advice. She keeps her coat on her knees and holds her phone tight. On your desk, the registration form lies blank.
Hello. A friend told me you could help me find work. # speaker: dumas # mood: worried
+ [Start with the registration form, section by section: at least nothing will be forgotten]
    Name, address, qualifications, last job… Ms Dumas answers in monosyllables. Twenty minutes later the form is full and you know almost nothing about her. # score: communication -1 Opening with the form turns the diagnostic interview into an interrogation: open communication starts by letting the person say what matters to her.
    When you finally put the pen down, she says, almost in a whisper, that she would like to work in a kitchen. She left the lycée in the first year, at sixteen. # need: dumas emploi
+ [Put the pen down and ask what brings her here, in her own words]
    You push the form aside: it can wait. Ms Dumas hesitates, looks at the window, then begins. # score: communication +1 Listen before filling in: an open, two-way exchange brings out what the form does not show.
    I want to work. Not just anywhere: in a kitchen. But I’ve got no qualifications, I left the lycée at sixteen. Every time I apply, they ask for a CAP. # speaker: dumas # need: dumas emploi
-   You ask her what she can do. She shrugs.
    Nothing official. I helped my mother in her little restaurant for years, that’s all. # speaker: dumas
+ [Ask her to describe her days at the restaurant: the dishes, the pace, the service]
    Her face lights up. Prep from seven in the morning, eighty covers at lunch, orders to suppliers, hygiene rules… It is all there except the certificate. A CAP in cookery is within her reach. # need: dumas formation # score: reseau +1 Valuing her informal experience points to the right partner: a centre that prepares for the cookery CAP, rather than a job by default.
+ ["Without a contract or a certificate, that won’t count for much. A quick job in a supermarket would be more realistic."]
    She falls silent for a moment. # score: reseau -1 Brushing aside informal experience means missing the right partner: here, a centre preparing for the cookery CAP. You can only refer well what you have understood.
    Cooking is what I love. Not stacking shelves. # speaker: dumas # mood: sad # need: dumas formation
    You note it down. A cookery CAP, perhaps, since she cares about it.
-   She adds that France Travail already sent her towards shelf-stacking jobs last year.
    I said no, and I say no again: I don’t want to be sent back there for that. I want to cook. # speaker: dumas # refuse: dumas france_travail
    You tell her about the cookery CAP at Les Toques de Valmoran: a year of adult training, from October, with a work placement in the spring.
    A year? I can’t go a year without earning anything. The rent comes round every month. I need an income, now. # speaker: dumas # mood: worried
+ ["The CAP will open kitchens to you for good. A year goes by fast, and we’ll find a way somehow."]
    She looks down. # score: reseau +1 Holding on to the qualification is right: her experience puts the CAP within reach, and it is what will open lasting jobs. # score: ethique -1 But "we’ll find a way" brushes aside her need for an income: deciding for her what matters makes her agreement fragile.
    If you say so… All right for the CAP. But I’ll have to earn something. # speaker: dumas # mood: worried # agree: dumas cfp_cuisine
+ [Ask her what she would need to get through a year, and look with her at what exists]
    You go through the figures with her: the rent, the shopping, the rest. Adult training can be paid, some allowances can be combined, and nothing stops her working a few hours at weekends. You promise no amount: you will check with the partners. # score: ethique +1 Starting from her need for an income and looking with her lets her decide with full knowledge: it is her pathway. # score: reseau +1 The CAP stays in sight, and so do the partners who can help her hold on during the course.
    If I can pay the rent, then yes, the CAP. And I’ll look for a small Saturday job, if I can. # speaker: dumas # agree: dumas cfp_cuisine
+ [Start from her urgency: a kitchen assistant job right away, and the CAP later, once she has enough to live on]
    You open the kitchen assistant job offers with her. # score: ethique +1 Starting from what she asks for respects her word: she is the one who decides her pathway. # score: reseau -1 But giving up on the CAP straight away, without looking at what could keep her going during the course, means doing without the partners who had answers.
    She reads the wages, the split shifts, then puts the sheet down. You tell her that adult training can be paid.
    Kitchen assistant without a certificate, that’s what I already do at my mother’s, unpaid. If there’s a way to hold on during the CAP, I’d rather do the CAP. # speaker: dumas # agree: dumas cfp_cuisine
-   And the lycée, why did she leave? She looks down: "Because of family. It was complicated."
+ ["I understand, family matters… The main thing is that you’re available now, is that right?"]
    She nods, quickly. Too quickly, perhaps. You move on without her adding a word. # score: ethique -1 Making assumptions about someone’s situation means deciding for her what matters: an open question would have brought out her family constraints.
+ ["What happened at that time? And today, how do things work at home?"]
    She tells you. Her mother ran the restaurant alone; at sixteen, she was the one looking after her two little brothers. Today she is bringing up her son, Noah, three, on her own. # score: ethique +1 An open question lets the person describe her own situation: respecting her means not deciding for her what matters.
    He isn’t at school yet, and nobody looks after him during the day. My mother helps out, but she works. If I start a course, I don’t know how I’ll manage. # speaker: dumas # mood: worried # need: dumas garde_enfants
-   Time is getting on. Before you finish, you mention what comes next: to help her, you will have to talk about her to other organisations.
+ [Explain what you will share, with whom and why, and ask for her agreement]
    You take your time. She asks one question, then another. # consent: dumas # score: ethique +2 Explaining what will be shared, with whom and why, then asking for her agreement: shared professional secrecy only holds with the person’s informed consent.
    Will they know everything I’ve told you? # speaker: dumas # mood: worried
    No: this is shared professional secrecy. Each will know only what is useful to them: her experience and availability for the training centre, for instance. For the work placement, an association, Tremplin Stages, looks for restaurants with young people. # term: secret_partage
    All right for Les Toques. And for Tremplin Stages too, if they look with me. # speaker: dumas # agree: dumas tremplin
    { knows_need("dumas", "garde_enfants"):
        You also tell her about the Relais Petite Enfance (the local childminding information service) of the communauté de communes, which knows which childminders have places.
        For Noah? Yes. But I want to meet the person before I leave him with her. # speaker: dumas # agree: dumas rpe
    }
    Reassured, she signs the information-sharing agreement. # term: consentement
+ [Reassure her in one sentence: "Don’t worry, we work among professionals."]
    She nods without asking anything. You save ten minutes. # score: ethique -2 "Among professionals" does not replace her agreement: explaining what will be shared, with whom and why, then obtaining her consent, is the basis of shared professional secrecy.
-   One last question comes to mind as she puts her coat back on.
+ [Wrap up: you have enough to start, no need to weigh down this first meeting]
    You walk her to the door. # score: reseau -1 Without asking who already supports her, you risk duplicating an existing follow-up: at 24, the mission locale is often the lead adviser.
+ [Ask her whether anyone is already supporting her]
    Yes, Ms Lambert, at the mission locale. I’m on a youth commitment contract, the CEJ, but I haven’t seen her for two months. # speaker: dumas # score: reseau +1 Asking who already supports the person avoids duplication: you coordinate with the lead adviser instead of replacing her.
    ~ ml_known = true
    You write down Ms Lambert’s name: you will need to coordinate with her.
-   On the doorstep, she turns round.
    Do you really think cooking is possible for me? # speaker: dumas
    You promise nothing. You tell her you are going to look, with others, and that you will call her back. She leaves with an appointment in a fortnight.
    -> team_meeting

=== team_meeting ===
Tuesday, team meeting. Nadia Ferhat, the coordinator, runs through an agenda that is already too long: the quarterly report, two recruitments, Wednesday’s drop-in desk. # scene: meeting
We’re twenty minutes behind. Does anyone have a situation to present, or do we go straight to the quarterly report? # speaker: nadia
+ [Present Ms Dumas’s situation: her project, her strengths, her constraints]
    In five minutes you sum up the cooking, the CAP, what she expects from you. Around the table, people put their pens down. # time: 1 # score: equipe +2 Presenting the situation at the team meeting gathers everyone’s ideas and networks: it is the first step of working in a network.
    -> ideas
+ [Tell everything about her, family and history included: the team will be able to help her better]
    For ten minutes you tell them about her mother, her brothers, school, what she confided in you with her eyes down. Around the table, people listen. # time: 1 # score: equipe +2 Presenting the situation at the team meeting gathers everyone’s ideas and networks. # score: ethique -1 But even among colleagues, you say only what serves the support: what she confided about her family did not need to go round the table.
    -> ideas
+ [Let it pass: you will talk about her once you know what she accepts being said about her]
    You keep the case to yourself and the meeting moves on to the quarterly report. # score: ethique +1 Asking yourself what the person accepts being said about her is a good reflex. # score: equipe -2 But presenting her project to the team, with nothing of her private life, did not need to wait: the internal meeting is the first step of the case study, and you do without your colleagues’ skills.
    -> corridor

= ideas
Sam Benali looks up from his notebook.
Cooking? I know Paul Girard well, the chef at the Bistrot du Marché. He takes trainees, as long as they’re properly introduced. # speaker: sam # mood: happy
{ knows_need("dumas", "garde_enfants"):
    And for her son, there’s the Relais Petite Enfance, the local childminding information service. Ms Benson knows which childminders have places. I know her well. # speaker: claire
- else:
    She left the lycée because of her family… Does she have children? Who looks after them, if she starts a course? # speaker: claire
    You have no idea. In the afternoon you call Ms Dumas back: she has a three-year-old son, Noah, and nobody to look after him during the day. # need: dumas garde_enfants
    The Relais Petite Enfance? Yes, call them. But I want to meet the person before I leave Noah with her. # speaker: dumas # agree: dumas rpe
}
Nadia glances at the clock, then at the whiteboard where Sam has scribbled two names.
That’s why we have this meeting. Right. Who does what? # speaker: nadia
+ [Wrap up: "Everyone looks at what they can do on their side, and we’ll talk again."]
    Everyone nods and goes back to their files. Nobody really knows who will call whom. # score: equipe -1 Without a clear division of tasks, everyone assumes someone else is on it: saying who does what turns the team’s ideas into actions.
+ [Share out: Sam will introduce you to Mr Girard, Claire will call the Relais Petite Enfance, you coordinate]
    Nadia puts it in the minutes; Sam and Claire note their part. # score: equipe +1 Saying who does what, and writing it down, brings in everyone’s skills with no overlap and nothing forgotten.
    ~ claire_help = true
-   -> week1_end

= corridor
In the evening, Claire Morel puts her head round your office door.
You look like you’ve got a new case on your hands. Need a hand? # speaker: claire
+ [Sum up Ms Dumas’s situation and ask her advice]
    She perches on the corner of your desk and hears you out. # score: equipe +1 Even outside the meeting, asking a colleague’s advice draws on her expertise: here, early childhood services.
    { knows_need("dumas", "garde_enfants"):
        For her son, try the Relais Petite Enfance, the local childminding information service. I know Ms Benson well: I’ll make the link with her. # speaker: claire
    - else:
        She left because of her family? Does she have children? Who looks after them, if she starts a course? # speaker: claire
        You have no idea. The next day you call Ms Dumas back: she has a three-year-old son, Noah, and nobody to look after him during the day. # need: dumas garde_enfants
        The Relais Petite Enfance? Yes, call them. But I want to meet the person before I leave Noah with her. # speaker: dumas # agree: dumas rpe
    }
    ~ claire_help = true
+ ["Thanks, I’ll be fine. I’ve got it."]
    Claire doesn’t insist and closes the door. # score: equipe -1 Turning down the help of a colleague who knows early childhood services means doing without one of the team’s skills.
-   -> week1_end

=== week1_end ===
On Friday, Nadia drops by your office, a mug in her hand.
For the quarterly report to the Département, I need an example of a first interview. Ms Dumas’s would be perfect. # speaker: nadia
+ [Give it to her as it is, with her first name, her age, her story: that is what makes it telling]
    Nadia pastes it into the report. # score: communication +1 A concrete example shows the funder what working in a network changes. # score: ethique -2 But a report to the Département must not make her recognisable: without her agreement, and with no need, it goes against the GDPR (RGPD). Reports to funders are anonymised.
+ [Tell it with no name, no age, nothing that would let anyone recognise her]
    An anonymised story: a young woman, cooking experience with no certificate, a CAP project and a team getting behind it. Nadia smiles: it is exactly what was needed. # term: anonymisation # score: ethique +1 An anonymised story says nothing that would let anyone recognise the person: that is what the GDPR (RGPD) asks of reports to funders. # score: communication +1 And the funder sees what working in a network changes.
+ [Refuse to give an example: what she confided in you does not leave Relais Insertion]
    Nadia sighs: she will look elsewhere. # score: ethique +1 Protecting what she confided in you is right. # score: equipe -1 But an anonymised story would have served the team’s report without revealing anything about her: refusing any example leaves Nadia with nothing.
-   In the evening you reread your notes. { knows_need("dumas", "garde_enfants"): Three needs are taking shape: cookery training, childcare for Noah, then a work placement.| Two needs are taking shape: cookery training, then a work placement. } # week
-> week2

=== week2 ===
The following Monday, you spread the map of the area out on the table: time to map the territory and its partners. # scene: territory # time: 1 # term: cartographie
The names line up: Les Toques de Valmoran, which prepares for the cookery CAP; Tremplin Stages, which finds work placements for young people; the Bistrot du Marché; the Relais Petite Enfance of the communauté de communes; the CCAS, the town’s social services; the France Travail agency; the Mission locale du Val de Moran. Seven partners, each with its own remit, its own deadlines, its own way of working.
Wednesday will go on the drop-in desk, and you are keeping Friday morning to call the training centre. That leaves three half-days for the other contacts: you won’t be able to see everyone. # time: 1
{ claire_help:
    Claire drops by: as agreed, she has called Ms Benson at the Relais Petite Enfance. Two childminders will have a place next month; Ms Benson needs a call back as soon as the course start date is known. One step fewer for you.
    ~ rpe_done = true
}
{ has_consent("dumas"): -> hub }
Before calling anyone, a thought stops you: Ms Dumas has never agreed to your talking about her.
+ [Start the contacts: you will mention it at her next appointment]
    You pick up the phone. After all, she seemed to agree with everything. # score: ethique -1 Talking about someone to partners without her agreement, even with good intentions, is deciding for her: consent is obtained before, not after.
+ [Call her first to explain what you are going to share, and get her agreement, even if it costs half a day]
    This time you take your time: what you will share, with whom, why. She agrees, relieved to be asked. # time: 1 # consent: dumas # score: ethique +1 Before talking about her to partners, you obtain her informed agreement: better late than never.
    All right for Les Toques, and for Tremplin Stages if they look with me. # speaker: dumas # agree: dumas tremplin
    { knows_need("dumas", "garde_enfants"):
        And for Noah, the Relais Petite Enfance, yes. But I want to meet the person before I leave him with her. # speaker: dumas # agree: dumas rpe
    }
-   -> hub

= hub
{ time_left() <= 1: -> recap }
{
- time_left() >= 4:
    You have three half-days of contacts left: what do you spend the first on?
- time_left() == 3:
    You have two half-days of contacts left: what do you spend the next on?
- else:
    You have one last half-day of contacts: what do you spend it on?
}
+ { not tremplin_done } [The work placement she will need during her course]
    To find a restaurant, you think of Tremplin Stages, Mr Julien Roux’s association. What do you ask him for? # time: 1
    ++ [A restaurant placement, timed to fit the calendar of her future course # place: tremplin]
        That is exactly our job. # speaker: tremplin # mood: happy # score: reseau +1 Asking each partner for what falls within its remit: from Tremplin Stages, a placement linked to the intended course.
    ++ [A kitchen job for Ms Dumas, right away: she needs an income # place: tremplin]
        A job? We find placements, tied to a course. Looking for an unqualified post for her would divert her from her CAP. # speaker: tremplin # mood: worried # score: reseau -1 Asking a partner for what is not its remit muddles the pathway: Tremplin Stages finds placements linked to a course, not jobs.
    --  A PFMP, the work placement of someone preparing a cookery CAP, we know how to do: we work with a dozen restaurants. Send me the course calendar as soon as it’s known. # speaker: tremplin # term: pfmp
        ~ tremplin_done = true
+ { not garde_asked && not rpe_done && knows_need("dumas", "garde_enfants") } [Childcare for Noah]
    For a place at a crèche or with a childminder, whom do you turn to? # time: 1
    ++ [The Relais Petite Enfance of the communauté de communes # place: rpe]
        Ms Aïcha Benson listens and takes notes. # score: reseau +1 The Relais Petite Enfance informs parents and knows which childminders have places: it is the right partner for this need.
        Two childminders in Valmoran will have a place next month. Ms Dumas will need to meet them soon. Call me back as soon as you know her course start date. # speaker: rpe
        ~ rpe_done = true
    ++ [The CCAS: you know Ms Caron so well that she never refuses you anything # place: ccas]
        Martine Caron listens, then shakes her head, embarrassed: in Valmoran, early childhood is the communauté de communes’ business, and its Relais Petite Enfance is the one that knows the places. The CCAS deals with rights and one-off grants. # score: reseau -2 Asking a partner for something outside its remit because you know it well puts it in a difficult position and wastes time: childcare is the Relais Petite Enfance’s business.
    --  ~ garde_asked = true
+ { not bistrot_done } [A restaurant that might take her: Mr Girard’s Bistrot du Marché]
    Sam knows the chef well. How do you go about it? # time: 1
    ++ [Ask Sam to introduce you to Mr Girard # place: bistrot]
        Paul, let me introduce someone from my team. We’re supporting a young woman who grew up in her mother’s kitchen. # speaker: sam
        A friend of Sam’s is always welcome. I do take trainees, if the training centre and the association are behind them. Bring her to me once her CAP is settled. # speaker: bistrot # mood: happy # trust: bistrot +10 # score: equipe +1 Drawing on a colleague’s network opens doors faster: that is the synergy of the team’s skills.
    ++ [Call Mr Girard yourself so that he takes Ms Dumas on trial from next week # place: bistrot]
        On trial? With no agreement, no training, without ever having seen her? That’s not how I work. # speaker: bistrot # mood: annoyed # trust: bistrot -5
        In the evening Sam sighs: he has known Paul Girard for ten years, he would have opened the door for you. # score: equipe -1 Contacting an employer without going through the colleague who knows him means doing without the synergy of the team’s skills.
        ~ bistrot_direct = true
    --  ~ bistrot_done = true
+ { not ref_asked } [The employment support she may already have]
    { ml_known: Ms Dumas told you about Ms Lambert, her adviser at the mission locale. | You don’t know whether anyone is already supporting her. } Whom do you call? # time: 1
    ++ [France Travail, to open a second support for her and multiply her chances # place: france_travail]
        You send her file to Mr Thomas Nguyen, who calls you back within the hour.
        She is on a youth commitment contract with the mission locale, he tells you. Two supports in parallel would mean twice as many appointments, not one chance more. # score: reseau -2 Multiplying supports does not multiply chances: the mission locale is already the lead, France Travail has no business duplicating it, and Ms Dumas had told you she did not want to go back there. Each partner has its role.
        At least he gives you the name of her adviser: Ms Lambert, at the mission locale.
    ++ [The mission locale, to coordinate with her adviser # place: mission_locale]
        Sophie Lambert picks up on the first ring. You suggest sharing the roles: she keeps the follow-up of the youth commitment contract, you carry the training project. # score: reseau +2 Coordinating with the existing lead adviser rather than duplicating her support: each keeps its role, and the pathway stays clear for the person.
        With pleasure. I was going to suggest a short catering assistant course, but a CAP is more ambitious, and it’s more like her. And her youth commitment contract allowance can carry on during her course: I’ll look at it with her. # speaker: mission_locale # mood: happy
        ~ ml_done = true
    --  ~ ref_asked = true
-   -> hub

= recap
On Thursday evening you mark your contacts on the map of the area.
{ tremplin_done:
    Tremplin Stages has Ms Dumas’s project in hand. # refer: dumas tremplin
}
{ rpe_done:
    The Relais Petite Enfance has opened a request for Noah. # refer: dumas rpe
}
{ bistrot_direct:
    As for Mr Girard, he has heard about Ms Dumas, and not in the best of circumstances. # refer: dumas bistrot
}
~ ml_known = false
~ claire_help = false
~ garde_asked = false
~ ref_asked = false
~ bistrot_done = false
~ bistrot_direct = false
-> call

= call
On Friday morning, before picking up the phone, you reread your interview notes. Ms Leroy doesn’t know Ms Dumas; what you say in the next five minutes will be her first picture of her.
You call Ms Hélène Leroy, head of admissions at Les Toques de Valmoran, the training centre that prepares for the cookery CAP. # scene: phone # time: 1
A candidate for our CAP? It takes a year, with two work placement periods in the spring. The next intake starts in a month, and the admissions panel meets in a fortnight. Tell me about her. # speaker: cfp_cuisine
+ [Her cooking experience, her motivation, her availability # place: cfp_cuisine]
    Her experience at the restaurant, her motivation, her availability. Nothing more: the rest belongs to her. # share: dumas cfp_cuisine # score: ethique +1 Sharing only what the partner needs, here her skills and availability, respects shared professional secrecy. # score: communication +1 A clear presentation gives the centre what it needs to consider the application.
+ [Her whole story, family and leaving school included: Ms Leroy will understand her constraints better # place: cfp_cuisine]
    You go through Ms Dumas’s whole story. At the other end of the line, Ms Leroy takes notes, then falls silent, a little uncomfortable. # share: dumas cfp_cuisine # score: communication +1 The centre understands her constraints better and can plan. # score: ethique -2 But the training centre does not need her family history to consider her application: shared professional secrecy means only what is necessary, and what she has agreed to have said.
+ [Her experience and motivation; her availability you will give once confirmed with her # place: cfp_cuisine]
    You talk about the restaurant, the eighty covers, her drive. On hours, you hold back. # share: dumas cfp_cuisine # score: ethique +1 Saying only what she has confirmed protects her privacy. # score: communication -1 But without her availability the centre cannot reserve a place: a clear presentation also gives the constraints she has agreed to make known.
-   She sounds promising. I need her complete application before the panel. Can I count on you? # speaker: cfp_cuisine
+ ["You’ll have it before the panel, in a fortnight. I’ll put it together with her."]
    Ms Leroy notes the date. # commit: cfp_cuisine 2 Send Ms Dumas’s complete application before the admissions panel # score: communication +1 Saying clearly what you will do and by when lets the partner plan: transparent information is worth more than a "we’ll see". # score: ethique -1 But you commit Ms Dumas to a deadline without asking her whether she can meet it: it is her application.
    Then I’ll keep a place for her. And I’ll call you the evening of the panel to give you the answer. # speaker: cfp_cuisine # mood: happy # pledge: cfp_cuisine 2 Call the evening of the panel with the answer
    ~ promised = true
+ ["I’ll do my best, I’ll keep you posted."]
    A silence at the other end. # trust: cfp_cuisine -5 # score: communication -1 A vague answer stops the partner from planning: she cannot hold a place on an "I’ll do my best". # score: confiance +1 Not promising a deadline you are unsure of avoids breaking your word: trust feeds on promises you can keep.
    I can’t hold a place on an "I’ll do my best". Send it when you can, and we’ll see what’s left. # speaker: cfp_cuisine
-   One more thing: we’d like to present the CAP to people like yours. Could you host us at one of your group information sessions? # speaker: cfp_cuisine
+ [Decline politely: your information sessions are full until the summer, the team decided so in June]
    I understand. Another time, perhaps. # speaker: cfp_cuisine # score: equipe +1 You hold to the schedule the team decided. # score: confiance -1 But trust feeds on reciprocity: refusing a partner a favour means only calling it when you need it.
+ [Offer her straight away the slot at your next information session, a week on Thursday]
    With pleasure! People rarely offer. # speaker: cfp_cuisine # mood: happy # score: confiance +1 Hosting the partner in return is the reciprocity that builds lasting trust. # score: equipe -1 But that slot was planned for another organisation: you commit the team without talking to Nadia.
+ [Agree in principle, and offer her a date once you have talked to Nadia]
    With pleasure. I’ll wait for your date. # speaker: cfp_cuisine # mood: happy # score: confiance +1 Hosting the partner in return is the reciprocity that builds lasting trust. # score: equipe +1 Checking the schedule with the coordinator before promising a slot commits the team with her.
-   You hang up. On the map, arrows now lead out from Relais Insertion in several directions. The week is over. # week
    -> week3

=== week3 ===
The following Monday the phone rings: it is Sophie Lambert, from the mission locale. # scene: phone # share: dumas mission_locale
{ ml_done: -> ml_news | -> ml_call }

= ml_news
I’m seeing Ms Dumas on Thursday for her youth commitment contract. Where is her CAP project at? # speaker: mission_locale
+ ["I’d rather she told you about it herself on Thursday: it’s her project."]
    Ah. So I’ll see her knowing nothing. # speaker: mission_locale # mood: worried # score: ethique +1 Letting the person speak about her own project is respectful. # score: communication -1 But Ms Lambert supports her too, with her agreement: without the dates she cannot prepare the appointment. Between the two advisers, regular information is due.
+ [Tell her where the project stands, and send her the course calendar tomorrow]
    Perfect, I’ll be able to talk it through with her on Thursday. # speaker: mission_locale # mood: happy # score: communication +1 Keeping the lead adviser informed as you go, without waiting for her to ask or for the end of the month: that is regular, transparent communication.
+ [Tell her everything, including that her son’s childcare is not settled, so she has the full picture]
    Thanks, that helps me prepare for Thursday. # speaker: mission_locale # score: communication +1 The adviser can prepare the appointment. # score: ethique -1 But her son’s childcare is for Ms Dumas to talk about if she wishes: shared professional secrecy covers only what is necessary.
-   -> coordination

= ml_call
Ms Dumas tells me you’re putting together a CAP application with her. I’d have liked to know: I’ve been following her for a year, and I was preparing another course for her. # speaker: mission_locale # mood: annoyed
+ [Acknowledge the lack of information and offer to coordinate from now on]
    You should have told her, and you say so. You suggest sharing the roles: she keeps the follow-up of the youth commitment contract, you carry the training project. # score: communication +1 Acknowledging a lack of information and proposing a way to coordinate restores open communication with the lead adviser.
    All right. Keep me posted, that’s all I ask. # speaker: mission_locale
+ [Explain that the week was very busy and that nobody had told you about her]
    I see. # speaker: mission_locale # mood: annoyed # score: communication -1 Justifying yourself rather than acknowledging the lack of information breeds mistrust: open communication also means saying "I should have told you".
    She hangs up without suggesting you talk again.
-   -> coordination

= coordination
On Tuesday you bring the project’s partners together in Relais Insertion’s small meeting room. Coffee, printed calendars, a whiteboard. # scene: meeting # time: 2
~ ml_done = false
{ tremplin_done:
    -> three_way
- else:
    -> centre_only
}

= three_way
Ms Leroy has brought the course calendar; Mr Roux, a lead for a placement. They had never met: each knew the other by name, through young people they had both supported without ever talking to each other.
Classes run Monday to Thursday, 8 am to 4 pm, with two three-week work placement periods, in the spring. # speaker: cfp_cuisine
The Bistrot du Marché wants someone right away, Fridays and Saturdays, lunch and dinner. If we wait for the spring, the place will be gone. # speaker: tremplin
And if she wears herself out before the exam, we’ll have lost everything. # speaker: cfp_cuisine # mood: annoyed
Voices rise. Mr Roux glances at you: he is counting on you.
+ [Cut it short, and settle it later in private with Mr Roux, who is more flexible]
    After the meeting, in the corridor, you agree with Mr Roux on a placement on Fridays and Saturdays from next month. Ms Leroy finds out the next day, by email. # score: communication -2 Settling a disagreement in private with one partner creates surprises and resentment: difficulties are discussed openly, with everyone concerned.
    You could have told me to my face. Six days out of seven from the start of term, I don’t believe in it. # speaker: cfp_cuisine # mood: annoyed
+ [Put the disagreement on the table: each sets out their constraints, and you look for a calendar together]
    You go through the constraints one by one on the whiteboard, without siding with either. # bond: cfp_cuisine tremplin +10 # score: communication +2 Putting the disagreement on the table, with both partners, avoids misunderstandings: each understands the other’s constraints and the solution is shared.
    The compromise comes from Mr Roux himself: the PFMP will be at the Bistrot in the spring and, until then, Ms Dumas will spend a discovery day at the Bistrot, on a Friday. He will persuade the restaurant to wait. Ms Leroy nods, and the two swap numbers.
    ~ clash_ok = true
-   I still need the chef’s agreement. Sam Benali knows Mr Girard well, doesn’t he? Can you confirm it by tomorrow? # speaker: tremplin
+ ["Monday. Sam is seeing him this weekend; I’ll call you Monday lunchtime."]
    Monday suits me. At least it’s clear. # speaker: tremplin # score: confiance +1 Giving a date you can keep, rather than the one that pleases, makes your word reliable.
+ ["Tomorrow without fail." He looks so relieved]
    Mr Roux thanks you warmly. But Mr Girard never answers before Monday: the next evening, it is Mr Roux who calls back, irritated. # score: confiance -1 Promising a date you cannot keep, to please someone, wears trust down: your word must be one you can keep.
-   -> decide

= centre_only
Ms Leroy has come alone, with the course calendar.
Classes run Monday to Thursday, 8 am to 4 pm, with two three-week work placement periods, in the spring. Who is helping her find her placement? # speaker: cfp_cuisine
Nobody. You have not contacted Tremplin Stages, the association that helps young people find placements. You call Mr Roux as soon as the meeting ends; he promises to look, but he is starting very late. # refer: dumas tremplin
-> decide

= decide
Right. Shall we confirm this timetable and send it to her? # speaker: cfp_cuisine
+ [Call Ms Dumas before confirming: it is her timetable, it is for her to say whether it works]
    You call her from the meeting room, while Ms Leroy looks at her watch: she has another appointment. # score: ethique +2 Deciding with the person, not for her: she is the one who knows whether a timetable is workable, and it is her pathway. # score: communication -1 But the meeting ends with no timetable settled: the partners leave with nothing certain, and you will have to call them back.
    { knows_need("dumas", "garde_enfants"):
        Classes at 8, that’s fine if Noah has his place with the childminder. And I want to keep the chance of a small Saturday job: without it I can’t make it to the end of the month. # speaker: dumas
    - else:
        Classes at 8? But… I’ve got nobody to look after my son. He’s three. I didn’t dare tell you. # speaker: dumas # mood: sad # need: dumas garde_enfants
        The Relais Petite Enfance? Yes, call them. But I want to meet the person before I leave Noah with her. # speaker: dumas # agree: dumas rpe
    }
+ [Confirm the timetable among professionals and send it to her: she will be pleased everything is ready]
    The timetable goes out that evening, with a warm note. Ms Leroy and Mr Roux leave with firm dates. # score: communication +1 The partners leave with a clear calendar. # score: ethique -2 But confirming a timetable without the person means choosing her pathway for her: only she knows whether it is workable.
    { knows_need("dumas", "garde_enfants"):
        The next day she replies with a worried message: everything will depend on Noah’s place with the childminder, and on the small Saturday job she was hoping for, which nobody asked her about.
    - else:
        The next day she calls you in a panic: classes at 8 are impossible. She has a three-year-old son, Noah, and nobody to look after him. She hadn’t dared say so. # need: dumas garde_enfants
        The Relais Petite Enfance? Yes, if you think it can work. # speaker: dumas # agree: dumas rpe
    }
-   On Wednesday your other clients take up the whole day: a diagnostic interview, two first appointments, someone who turns up without an appointment and leaves with a referral. # scene: office # time: 2
    { not rpe_done:
        Between two appointments, you finally call the Relais Petite Enfance. Ms Benson is sorry: next month’s places have gone, the next one will be in two months. She puts Noah on the waiting list. # refer: dumas rpe
    }
    { rpe_done && not is_solved("dumas", "garde_enfants"):
        -> callback
    }
    -> thursday

= callback
Ms Benson asked you to call her back as soon as the start date of the course was known. It has been known since yesterday.
+ [Wait for her to call you: she surely has other cases, no need to chase her]
    You move on to the next file. In the evening, one of the two places has gone to another family; the childminder will give the other to whoever decides first. # score: confiance -1 Not calling a partner back as agreed lets the exchange die out: trust feeds on regular contact and on the information you promised.
+ [Call her back at once with the date: a ten-minute call]
    Perfect. I’ll call the childminder today: Ms Dumas can meet her with Noah before deciding, and he can start next month. # speaker: rpe # mood: happy # trust: rpe +5 # solve: dumas garde_enfants # score: confiance +1 Calling a partner back as agreed, with the promised information, keeps contact regular and reliable.
-   -> thursday

= thursday
~ rpe_done = false
On Thursday morning Tremplin Stages is bringing together the local restaurant owners and has invited its partners. It is also the only free half-day you have left to put Ms Dumas’s application together with her, and it would take two.
+ [Go to the Tremplin Stages meeting, and move Ms Dumas’s appointment to next week # place: tremplin]
    You meet three restaurant owners; Mr Roux introduces you to each of them and thanks you for coming. Ms Dumas answers your message with a bare "OK". # time: 1 # score: confiance +1 Answering a partner’s invitation, even when the week is full, is the reciprocity that feeds trust. # score: ethique -1 But moving the appointment you promised Ms Dumas by text puts her application behind the network: yet it is her project.
+ [Decline the invitation and spend Thursday and Friday morning on the application with Ms Dumas]
    You send Mr Roux a note of apology. Cover letter, certificates, a CV that highlights her years at the restaurant: you write it with her, in her words. The application goes off on Friday at noon, through the centre’s secure messaging. # time: 2 # score: ethique +1 Putting the application together with her, not in her place, respects her project. # score: confiance -1 But declining a partner’s invitation and only seeing it when you need something wears the relationship down: trust is also built by being there.
    { promised:
        Ms Leroy acknowledges receipt, a week ahead of the date you promised. # keep: cfp_cuisine
    }
    ~ submitted = true
-   -> friday

= friday
On Friday afternoon Sam drops by your office, coat over his arm.
{ submitted:
    At Les Toques de Valmoran, Ms Dumas’s application is waiting for the panel. # refer: dumas cfp_cuisine
}
I’m having lunch with Paul Girard tomorrow. Shall I mention Ms Dumas? # speaker: sam
+ ["Yes, thanks! Take her file, it’s all in there, you’ll see."]
    Sam slips the whole file into his bag, cover letter and interview notes included. # score: equipe +1 Drawing on a colleague’s network is the team’s synergy. # score: ethique -1 But a whole file has no business going to a lunch: Mr Girard needs only her project and her dates.
+ ["Hold on: she hasn’t said anything to me about the Bistrot yet."]
    Sam shrugs: the lunch was the opportunity. # score: ethique +1 Checking what she accepts being said about her to a new employer is right. # score: equipe -1 But she agreed that a restaurant be found for her: by briefing Sam on the essentials, you could use his network without betraying anything.
+ [Take a quarter of an hour to give him the essentials: the calendar, what Mr Roux expects, what she accepts being said]
    Sam takes notes: he will put a clear project to Mr Girard, with the right dates. # score: equipe +1 Passing on the essentials before handing over lets your colleague use his network wisely: that is the synergy of skills. # score: ethique +1 Passing on only what she has agreed to make known, even to a colleague, is shared professional secrecy.
    ~ brief_ok = true
-   The week comes to an end. # week
    -> week4

=== week4 ===
The following Monday, at the office. # scene: office
{
- tremplin_done && clash_ok && brief_ok && trust("bistrot") >= 40:
    Sam arrives with good news: Mr Girard agrees to take Ms Dumas for her PFMP in the spring. Les Toques will draw up the agreement; Mr Girard, Ms Dumas and the centre will sign it. # solve: dumas emploi
    I promised Sam I’d sign the agreement and send it back to Les Toques by Thursday. You can count on me. # speaker: bistrot # mood: happy # pledge: bistrot 1 Sign the PFMP agreement and send it back to Les Toques by Thursday
- tremplin_done && clash_ok && trust("bistrot") >= 50:
    Sam talked about Ms Dumas without the dates, and Mr Girard thought she was available straight away. But he knows Sam: after a call to Mr Roux, he agrees to the PFMP at the Bistrot du Marché, in the spring. # solve: dumas emploi
    I’ll sign the agreement and send it back to Les Toques by Thursday. You can count on me. # speaker: bistrot # pledge: bistrot 1 Sign the PFMP agreement and send it back to Les Toques by Thursday
- tremplin_done && clash_ok:
    Sam comes back from lunch a little embarrassed: Mr Girard is hesitating, "later, perhaps". Mr Roux will look for another restaurant, but time is short.
- tremplin_done:
    Mr Roux calls you: Ms Leroy refuses to sign a PFMP agreement that eats into classes. Until the calendar is sorted out, the work placement is blocked.
- else:
    Sam has seen Mr Girard: he is willing to meet Ms Dumas, but Mr Roux has barely started looking, and nothing can be signed for weeks.
}
~ clash_ok = false
~ brief_ok = false
A little later, Ms Dumas stops at reception, Noah on her hip, to drop off a missing certificate. She stands straighter than a month ago.
I’ve started cooking again in the evenings, to practise. Noah tastes everything. # speaker: dumas # mood: happy
{ submitted: -> panel }
-> deadline

= deadline
Nadia puts her head round the door.
The quarterly report for the Département has to go on Friday, and your part is missing. It’ll take you a good three half-days. # speaker: nadia # mood: worried
The admissions panel at Les Toques de Valmoran meets on Thursday, and Ms Dumas’s application still hasn’t gone. You won’t be able to do everything in time.
+ [Throw yourself into the report for the Département: Ms Dumas’s application will go next week]
    The report moves along well, and Nadia will have it on time. Ms Dumas’s application stays in your tray, and you don’t call Ms Leroy. # time: 3 # score: equipe +1 Doing your part of the shared report means not leaving the team in difficulty. # score: communication -1 But letting the panel pass without a word to Ms Leroy leaves her to find out alone that the application won’t come.
+ [Take two half-days with Ms Dumas to finish her application and send it before the panel]
    Cover letter, certificates, a CV that highlights her years at the restaurant: the application goes off on Wednesday evening, through the centre’s secure messaging. Nadia will have to send the report without your full part. # time: 2 # refer: dumas cfp_cuisine # score: equipe -1 But Nadia sends the shared report with a gap: you should at least have warned her sooner.
    { promised:
        Ms Leroy acknowledges receipt: the promise is kept. # keep: cfp_cuisine
    }
    ~ submitted = true
+ { promised } [Call Ms Leroy to ask for a week’s extension, to finish the report]
    You call her before she starts to worry. # time: 3 # score: communication +1 Warning of a delay rather than letting the deadline pass in silence is saying clearly what you cannot do: the relationship suffers less.
    Thank you for letting me know. But the panel is on Thursday: I won’t be able to keep her place. # speaker: cfp_cuisine # mood: sad
-   -> panel

= panel
On Thursday the admissions panel meets. You think about it all day, between appointments. Late in the afternoon, Ms Leroy calls you. # scene: phone # time: 6
{
- submitted && promised:
    Ms Dumas has been accepted. Her experience made the difference: she starts the cookery CAP next month. # speaker: cfp_cuisine # mood: happy # solve: dumas formation
- submitted:
    Her application is good, but with no place reserved, the intake is full. I’m putting her at the top of the list for the next intake, in six months. # speaker: cfp_cuisine
- else:
    The panel met without her application. The intake is full: she’ll have to wait for the next one, in six months. # speaker: cfp_cuisine # mood: sad
}
{ open_pledges("cfp_cuisine") > 0:
    She had promised to call you the evening of the panel: she has. # pledge_kept: cfp_cuisine
}
{ open_pledges("bistrot") > 0: -> convention }
-> outcome

= convention
In passing, Ms Leroy adds one thing. The PFMP agreement from the Bistrot du Marché hasn’t come back. Mr Girard had promised to send it back today. # speaker: cfp_cuisine # pledge_broken: bistrot
+ [Call Mr Girard: tell him simply that the agreement hasn’t arrived, and ask him what is holding it up]
    Oh, blast. It’s under the pile of invoices. Thanks for telling me straight: I’ll sign it tonight and drop it off tomorrow morning. # speaker: bistrot # mood: sad # score: confiance +2 Telling a partner, without reproach, that a commitment was not kept keeps the relationship open: mutual trust is built both ways.
+ [Ask Sam to "give his friend Paul a nudge" at their next lunch]
    Sam promises to have a word. Mr Girard signs the agreement the following week, stung that you went through his friend. # score: equipe +1 Relying on the colleague who knows the partner can help. # score: confiance -1 But passing a reproach through a third party is going round the partner: tell him yourself what was not kept.
+ [Ask Mr Roux to look for another restaurant, just in case, without telling Mr Girard]
    Mr Roux calls two restaurants. Valmoran is small: Mr Girard hears about it the next day. He signs, but he will never call you of his own accord again. # score: reseau +1 Preparing a fallback with the partner whose remit it is protects the pathway. # score: confiance -2 But going round a partner who has failed a commitment, without talking to him, damages trust on both sides.
-   -> outcome

= outcome
{
- (not is_solved("dumas", "garde_enfants")) || (not has_consent("dumas")):
    -> end_fragile
- not is_solved("dumas", "formation"):
    -> end_late
- not is_solved("dumas", "emploi"):
    -> end_partial
- else:
    -> end_success
}

=== end_success ===
Everything falls into place: the CAP next month, a place for Noah with the childminder, the PFMP at the Bistrot du Marché in the spring. # scene: office
On the phone, she laughs for the first time since you have known her. Behind her, Noah is asking for something in a sing-song voice.
I’d never have believed so many people would gather round me. My mother doesn’t believe it. # speaker: dumas # mood: happy
-> closing ->
In the spring, Ms Dumas puts on her white jacket for her first service at the Bistrot du Marché. Mr Girard finds her quick and precise; so does Ms Leroy, who drops in to see her. The training centre, the association, the Relais Petite Enfance, the mission locale and your team have each played their part, without treading on each other’s toes. That is what working in a network means. # end
-> END

=== end_partial ===
Ms Dumas starts the cookery CAP next month and Noah has his place with the childminder. But her work placement has not been found. # scene: office
{ tremplin_done: The PFMP calendar was not matched in time with the course calendar, or the restaurant did not follow through. | Because the association that places young people was not approached in time, the search started too late. }
I’ll be starting, that’s something. But without a placement I won’t get my CAP, will I? # speaker: dumas # mood: worried
You explain that the search goes on, and that the PFMP is not until the spring. You don’t tell her that the good restaurants are deciding now.
-> closing ->
In the spring, Ms Dumas is working hard in class, but the first work placement period is approaching and Mr Roux is still looking for a restaurant. The pathway is moving; the network, though, was not activated in time on every front. One link was missing. # end
-> END

=== end_late ===
Noah has his place with the childminder, Ms Dumas is ready, but the CAP will have to wait for the next intake, in six months. # scene: office
{ promised: The application you promised Ms Leroy did not arrive in time, and the reserved place went to someone else. | With no firm date given to Ms Leroy, no place had been reserved for her. }
Six months… I’ll hold on. I think. I’ve already told everyone I was starting. # speaker: dumas # mood: sad
-> closing ->
You agree on regular appointments with her until the next intake, so that the momentum doesn’t fade, and Ms Lambert offers her a workshop in the meantime. The pathway is not lost, only delayed: a date not kept, or never given, has cost six months. # end
-> END

=== end_fragile ===
{ has_consent("dumas"):
    With no place for Noah, Ms Dumas can’t see how to attend classes that start at 8. She talks of giving up before she has even started. # scene: office
    I can’t leave my son on his own. Too bad about cooking. # speaker: dumas # mood: sad
    You hear her holding back tears. Everything built in a month hangs on a childcare place that doesn’t exist.
- else:
    On Friday, Ms Dumas doesn’t come to her appointment. On the phone her voice is cold: the partners she met already knew about her life, and nobody had asked her opinion. # scene: office
    Everyone knows everything about me now. Nobody asked me. # speaker: dumas # mood: sad
    You look for something to say. There is nothing to say: she is right.
}
-> closing ->
The risk of her dropping out is real: Ms Dumas now answers only one message in two.
{ has_consent("dumas"):
    Everything else could have fallen into place; what was missing was childcare, without which nothing holds. It will take time to pick up the thread. # end
- else:
    The trust she had placed in you was damaged the day her information went round without her agreement. It will take time to pick up the thread. # end
}
-> END

=== closing ===
On Friday at lunchtime, Nadia asks you how Ms Dumas is getting on. # scene: office
+ [Offer to tell the story of her pathway at the next team meeting: what worked, what got stuck]
    Good idea. Ten minutes on Tuesday, I’ll note it down. # speaker: nadia # mood: happy # score: equipe +1 Reviewing a pathway as a team values everyone’s skills and prepares the next ones: synergy has to be cultivated.
+ [Just say "it’s in hand": Tuesday’s meeting already has too long an agenda]
    Nadia nods and moves on. # score: equipe -1 Without feedback to the team, Sam and Claire will never know what their help changed, and the team will learn nothing from this pathway.
-   Late in the afternoon you have an hour left. Several partners have worked for Ms Dumas this month, each on their own side, without necessarily knowing what the others did. The pile of next cases, meanwhile, has not gone down.
+ [Move on to the next case: the partners will find out soon enough how it turned out]
    You close the file; the next pile is waiting. # score: communication -2 Silence after a referral leaves partners in the dark and wears the network down: telling them what happened, and thanking them, is open communication.
+ [Write to each partner what concerns them, where Ms Dumas stands, and thank them]
    A short message to each: what worked, what remains to be done on their side, thank you. # time: 1 # score: communication +2 Telling partners what became of the person, including when things are stuck, and thanking them: that is closing the loop, the heart of open communication.
    Thanks for keeping us posted. It’s rare, and it makes us want to carry on. # speaker: cfp_cuisine # mood: happy # trust: cfp_cuisine +5
    Got it, thanks! Let’s keep in touch for what comes next. # speaker: tremplin # mood: happy # trust: tremplin +5
    Ms Benson replies with a word: she is keeping Noah’s file to hand. Ms Lambert will catch up with Ms Dumas next week. # meet: rpe # meet: mission_locale
-   You switch off the office light. # week
    ->->
