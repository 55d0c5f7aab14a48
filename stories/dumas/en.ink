// Ms Dumas’s pathway: the chapter’s case study, over four weeks.
// Week 1: interview and team meeting (step 1). Week 2: mapping and the call to the training
// centre (step 2). Week 3: coordination (step 3). Week 4: the promise falls due, the panel
// decides, the loop is closed.
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
Week 1. Monday morning at Relais Insertion, in the centre of Valmoran. The waiting room is already full and the radiator is ticking. # scene: office # time: 2
For the first time you meet Ms Inès Dumas, 24, who has come on a friend’s advice. She keeps her coat on her knees and holds her phone tight. On your desk, the registration form lies blank.
Hello. A friend told me you could help me find work. # speaker: dumas # mood: worried
+ [Start with the registration form, section by section: at least nothing will be forgotten]
    Name, address, qualifications, last job… Ms Dumas answers in monosyllables. Twenty minutes later the form is full and you know almost nothing about her. # score: communication -1 Opening with the form turns the interview into an interrogation: open communication starts by letting the person say what matters to her.
    When you finally put the pen down, she says, almost in a whisper, that she would like to work in a kitchen. She left school at fifteen. # need: dumas emploi
+ [Put the pen down and ask what brings her here, in her own words]
    You push the form aside: it can wait. Ms Dumas hesitates, looks at the window, then begins. # score: communication +1 Listen before filling in: an open, two-way exchange brings out what the form does not show.
    I want to work. Not just anywhere: in a kitchen. But I’ve got no qualifications, I left school at fifteen. Every time I apply, they ask for a CAP. # speaker: dumas # need: dumas emploi
-   You ask her what she can do. She shrugs.
    Nothing official. I helped my mother in her little restaurant for years, that’s all. # speaker: dumas
+ [Ask her to describe her days at the restaurant: the dishes, the pace, the service]
    Her face lights up. Prep from seven in the morning, eighty covers at lunch, orders to suppliers, hygiene rules… It is all there except the certificate. A CAP in cookery is within her reach. # need: dumas formation # score: reseau +1 Valuing her informal experience points to the right partner: a centre that prepares for the cookery CAP, rather than a job by default.
+ [‘Without a contract or a certificate, that won’t count for much. A quick job in a supermarket would be more realistic.’]
    She falls silent for a moment. # score: reseau -1 Brushing aside informal experience means missing the right partner: here, a centre preparing for the cookery CAP. You can only refer well what you have understood.
    Cooking is what I love. Not stacking shelves. # speaker: dumas # mood: sad # need: dumas formation
    You note it down. A cookery CAP, perhaps, since she cares about it.
-   And school, why did she leave? She looks down: ‘Because of family. It was complicated.’
+ [‘I understand, family matters… The main thing is that you’re available now, is that right?’]
    She nods, quickly. Too quickly, perhaps. You move on without her adding a word. # score: ethique -1 Assuming someone’s situation means deciding for her what matters: an open question would have brought out her family constraints.
+ [‘What happened at that time? And today, how do things work at home?’]
    She tells you. Her mother ran the restaurant alone; at fifteen, she was the one looking after her two little brothers. Today she is bringing up her son, Noah, three, on her own. # score: ethique +1 An open question lets the person describe her own situation: respecting her means not deciding for her what matters.
    Nobody looks after him during the day. My mother helps out, but she works. If I find a course, I don’t know how I’ll manage. # speaker: dumas # mood: worried # need: dumas garde_enfants
-   Time is running. Before you finish, you mention what comes next: to help her, you will have to talk about her to other organisations.
+ [Explain what you will share, with whom and why, and ask for her agreement]
    You take your time. She asks one question, then another. # consent: dumas # score: ethique +2 Explaining what will be shared, with whom and why, then asking for her agreement: confidentiality is built with the person, not behind her back.
    Will they know everything I’ve told you? # speaker: dumas # mood: worried
    No: each will know only what is useful to them. Her experience and availability for a training centre, for instance. Reassured, she signs the information-sharing agreement. # agree: dumas cfp_cuisine # agree: dumas tremplin # agree: dumas rpe
+ [Reassure her in one sentence: ‘Don’t worry, we work among professionals.’]
    She nods without asking anything. You save ten minutes. # score: ethique -2 ‘Among professionals’ does not replace her agreement: explaining what will be shared, with whom and why, then obtaining consent, is the basis of confidentiality.
-   One last question comes to mind as she puts her coat back on.
+ [Wrap up: you have enough to start, no need to weigh down this first meeting]
    You walk her to the door. # score: reseau -1 Without asking who already supports her, you risk duplicating an existing follow-up: at 24, the mission locale is often the lead adviser.
+ [Ask her whether anyone is already supporting her]
    Yes, Ms Lambert, at the mission locale. I’m on a youth commitment contract, but I haven’t seen her for two months. # speaker: dumas # score: reseau +1 Asking who already supports the person avoids duplication: you coordinate with the lead adviser instead of replacing her.
    ~ ml_known = true
    You write down Ms Lambert’s name: you will need to coordinate with her.
-   On the doorstep, she turns round.
    Do you really think cooking is possible for me? # speaker: dumas
    You promise nothing. You tell her you are going to look, with others, and that you will call her back. She leaves with an appointment in two weeks.
    -> team_meeting

=== team_meeting ===
Tuesday, team meeting. Nadia Ferhat, the coordinator, runs through an agenda that is already too long: the quarterly report, two recruitments, Wednesday’s drop-in desk. # scene: meeting
We’re twenty minutes behind. Does anyone have a situation to present, or do we go straight to the quarterly report? # speaker: nadia
+ [Present Ms Dumas’s situation: her project, her strengths, her constraints]
    In five minutes you sum up the cooking, the interrupted schooling, what she expects from you. Around the table, people put their pens down. # time: 1 # score: equipe +2 Presenting the situation at the team meeting gathers everyone’s ideas and networks: it is the first step of working in a network.
    -> ideas
+ [Let it pass: you know the sector, you will go faster without involving the team]
    You keep the case to yourself and the meeting moves on to the quarterly report. # score: equipe -2 Moving on without the team to save time deprives the situation of your colleagues’ skills: the internal meeting is the first step of the case study.
    -> corridor

= ideas
Sam Benali looks up from his notebook.
Cooking? I know Paul Girard well, the chef at the Bistrot du Marché. He takes trainees, as long as they’re properly introduced. # speaker: sam # mood: happy
{ knows_need("dumas", "garde_enfants"):
    And for her son, there’s the early childhood hub. Ms Benson knows which childminders have places. I know her well. # speaker: claire
- else:
    She left school because of her family… Does she have children? Who looks after them, if she starts a course? # speaker: claire
    You have no idea. In the afternoon you call Ms Dumas back: she has a three-year-old son, Noah, and nobody to look after him during the day. # need: dumas garde_enfants
}
Nadia glances at the clock, then at the whiteboard where Sam has scribbled two names.
That’s why we have this meeting. Right. Who does what? # speaker: nadia
+ [Wrap up: ‘Everyone looks at what they can do on their side, and we’ll talk again.’]
    Everyone nods and goes back to their files. Nobody really knows who will call whom. # score: equipe -1 Without a clear division of tasks, everyone assumes someone else is on it: saying who does what turns the team’s ideas into actions.
+ [Share out the tasks clearly: Sam will introduce you to Mr Girard, Claire will link up with the early childhood hub, you coordinate the whole]
    Nadia puts it in the minutes; Sam and Claire note their part. # score: equipe +1 Saying who does what, and writing it down, brings in everyone’s skills with no overlap and nothing forgotten.
    ~ claire_help = true
-   -> week1_end

= corridor
In the evening, Claire Morel puts her head round your office door.
You look like you’ve got a new case on your hands. Need a hand? # speaker: claire
+ [Sum up Ms Dumas’s situation and ask her advice]
    She perches on the corner of your desk and hears you out. # score: equipe +1 Even outside the meeting, asking a colleague’s advice draws on her expertise: here, early childhood services.
    { knows_need("dumas", "garde_enfants"):
        For her son, try the early childhood hub. I know Ms Benson well: I’ll make the link with her. # speaker: claire
    - else:
        She left because of her family? Does she have children? Who looks after them, if she starts a course? # speaker: claire
        You have no idea. The next day you call Ms Dumas back: she has a three-year-old son, Noah, and nobody to look after him during the day. # need: dumas garde_enfants
    }
    ~ claire_help = true
+ [‘Thanks, I’ll be fine. I’ve got it.’]
    Claire doesn’t insist and closes the door. # score: equipe -1 Turning down the help of a colleague who knows early childhood services means doing without one of the team’s skills.
-   -> week1_end

=== week1_end ===
On Friday you reread your notes. { knows_need("dumas", "garde_enfants"): Three needs are taking shape: cookery training, childcare for Noah, then a work placement.| Two needs are taking shape: cookery training, then a work placement. } # week
-> week2

=== week2 ===
Week 2. Monday morning, you spread the map of the area out on the table. # scene: territory # time: 1
The names line up: Les Toques de Valmoran, which prepares for the cookery CAP; Tremplin Stages, which finds work placements for young people; the Bistrot du Marché; the inter-municipal early childhood hub; the CCAS, the town’s social welfare centre; the France Travail agency; the Mission locale du Val de Moran. Seven partners, each with its own remit, its own deadlines, its own way of working.
Wednesday will go on the drop-in desk, and you are keeping Friday morning to call the training centre. That leaves three half-days for the other contacts: you won’t be able to see everyone. # time: 1
{ claire_help:
    Claire drops by: as agreed, she has called Ms Benson at the early childhood hub. Two registered childminders will have a place next month; Ms Benson must be called back as soon as the start date of the course is known. One less thing for you to do.
    ~ rpe_done = true
}
{ has_consent("dumas"): -> hub }
Before calling anyone, a thought stops you: Ms Dumas never agreed to your talking about her.
+ [Start the calls: you will mention it at her next appointment]
    You pick up the phone. After all, she seemed to agree to everything. # score: ethique -1 Talking about someone to partners without her agreement, even with good intentions, is deciding in her place: consent is obtained before, not after.
+ [Call her back first to explain what you will share and get her agreement, even if it costs half a day]
    This time you take your time: what you will share, with whom, why. She agrees, relieved to be asked. # time: 1 # consent: dumas # agree: dumas cfp_cuisine # agree: dumas tremplin # agree: dumas rpe # score: ethique +1 Before talking about her to partners, you obtain her informed consent: better late than never.
-   -> hub

= hub
{ time_left() <= 1: -> recap }
{
- time_left() >= 4:
    You have three half-days left for contacts: what will you spend the first one on?
- time_left() == 3:
    You have two half-days left for contacts: what will you spend the next one on?
- else:
    You have one last half-day for contacts: what will you spend it on?
}
+ { not tremplin_done } [The work placement she will need during her training]
    For a placement in a restaurant, you think of Tremplin Stages, Mr Julien Roux’s association. What do you ask him for? # time: 1
    ++ [A placement in a restaurant, timed to fit the calendar of her future course # place: tremplin]
        That’s exactly what we do. # speaker: tremplin # mood: happy # score: reseau +1 Ask each partner for what falls within its remit: from Tremplin Stages, a placement linked to the intended training.
    ++ [A kitchen job for Ms Dumas, straight away: she needs an income # place: tremplin]
        A job? We find placements, tied to a course. Looking for an unskilled job for her would divert her from her CAP. # speaker: tremplin # mood: worried # score: reseau -1 Asking a partner for something outside its remit muddles the pathway: Tremplin Stages finds placements linked to training, not jobs.
    --  A placement for someone preparing a cookery CAP, we can do that: we work with a dozen restaurants. Send me the course calendar as soon as you have it. # speaker: tremplin
        ~ tremplin_done = true
+ { not garde_asked && not rpe_done && knows_need("dumas", "garde_enfants") } [Childcare for Noah]
    For a place at a nursery or with a registered childminder, whom do you turn to? # time: 1
    ++ [The inter-municipal early childhood hub # place: rpe]
        Ms Aïcha Benson listens and takes notes. # score: reseau +1 The early childhood hub advises parents and knows which childminders have places: it is the right partner for this need.
        Two childminders in Valmoran will have a place next month. Ms Dumas will need to meet them quickly. Call me back as soon as you know when her course starts. # speaker: rpe
        ~ rpe_done = true
    ++ [The CCAS: you know Ms Caron so well that she never turns you down # place: ccas]
        Martine Caron listens, then shakes her head, embarrassed: in Valmoran, early childhood is a matter for the inter-municipal council, and it is its early childhood hub that knows where the places are. The CCAS deals with rights and one-off grants. # score: reseau -2 Asking a partner to step outside its remit because you know it well puts it in a difficult position and wastes time: childcare is the early childhood hub’s field.
    --  ~ garde_asked = true
+ { not bistrot_done } [A restaurant that could take her on: Mr Girard’s Bistrot du Marché]
    Sam knows the chef well. How do you go about it? # time: 1
    ++ [Ask Sam to introduce you to Mr Girard # place: bistrot]
        Paul, meet someone from my team. We’re supporting a young woman who grew up in her mother’s kitchen. # speaker: sam
        A friend of Sam’s is always welcome. I do take trainees, if the training centre and the association follow through. Introduce her to me once her CAP is sorted. # speaker: bistrot # mood: happy # trust: bistrot +10 # score: equipe +1 Drawing on a colleague’s network opens doors faster: that is the synergy of the team’s skills.
    ++ [Call Mr Girard yourself and ask him to take Ms Dumas on trial from next week: it will be quicker # place: bistrot]
        On trial? With no agreement, no training, without ever having met her? That’s not how I work. # speaker: bistrot # mood: annoyed # trust: bistrot -5
        In the evening Sam sighs: he has known Paul Girard for ten years, he would have opened the door for you. # score: equipe -1 Approaching an employer without going through the colleague who knows him means doing without the synergy of the team’s skills.
        ~ bistrot_direct = true
    --  ~ bistrot_done = true
+ { not ref_asked } [The employment support she may already be receiving]
    { ml_known: Ms Dumas told you about Ms Lambert, her adviser at the mission locale. | You don’t know whether anyone is already following her. } Whom do you call? # time: 1
    ++ [France Travail, to open a second support plan for her and double her chances # place: france_travail]
        Mr Thomas Nguyen checks her file and answers bluntly: she is on a youth commitment contract with the mission locale, and two parallel support plans would mean twice as many appointments, not one more chance. # score: reseau -2 More support plans do not mean more chances: the mission locale is already the lead adviser, and France Travail should not duplicate it. Each partner has its role.
        At least he gives you the name of her adviser: Ms Lambert, at the mission locale.
    ++ [The mission locale, to coordinate with her adviser # place: mission_locale]
        Sophie Lambert answers on the first ring. You suggest sharing the roles: she keeps the follow-up of the youth commitment contract, you carry the training project. # score: reseau +2 Coordinating with the existing lead adviser rather than duplicating her support: everyone keeps their role, and the pathway stays clear for the person.
        With pleasure. I was going to suggest a short catering assistant course, but a CAP is more ambitious, and it’s more her. # speaker: mission_locale # mood: happy
        ~ ml_done = true
    --  ~ ref_asked = true
-   -> hub

= recap
On Thursday evening you mark your contacts on the map of the area.
{ tremplin_done:
    Tremplin Stages has Ms Dumas’s project in hand. # refer: dumas tremplin
}
{ rpe_done:
    The early childhood hub has opened a request for Noah. # refer: dumas rpe
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
A candidate for our CAP? It takes a year, with two work placement periods. The next intake starts in a month, and the admissions panel meets in two weeks. Tell me about her. # speaker: cfp_cuisine
+ [Give her the essentials: her cooking experience, her motivation, her availability # place: cfp_cuisine]
    Her experience at the restaurant, her motivation, her availability. Nothing more: the rest belongs to her. # share: dumas cfp_cuisine # score: ethique +1 Sharing only what the partner needs, here her skills and availability, respects confidentiality and makes for a clear referral.
+ [Tell her everything, the family, the interrupted schooling, all she confided in you: she will understand better # place: cfp_cuisine]
    You go through Ms Dumas’s whole story. At the other end of the line, Ms Leroy falls silent, a little uncomfortable. # share: dumas cfp_cuisine # score: ethique -2 The training centre does not need her family history to consider her application: sharing only what is useful to the partner protects the person.
-   She sounds promising. I need her complete application before the panel. Can I count on you? # speaker: cfp_cuisine
+ [‘You’ll have it before the panel, in two weeks. I’ll put it together with her.’]
    Ms Leroy notes the date. # commit: cfp_cuisine 2 Send Ms Dumas’s complete application before the admissions panel # score: communication +1 Saying clearly what you will do and by when lets the partner plan: transparent information is worth more than a ‘we’ll see’.
    Then I’ll keep a place for her. # speaker: cfp_cuisine # mood: happy
    ~ promised = true
+ [‘I’ll do my best, I’ll keep you posted.’]
    A silence at the other end. # trust: cfp_cuisine -5 # score: communication -1 A vague answer feels safe at the time but stops the partner from planning: better to say clearly what you can do, and when.
    I can’t hold a place on an ‘I’ll do my best’. Send it when you can, and we’ll see what’s left. # speaker: cfp_cuisine
-   One more thing: we’d like to present the CAP to people like yours. Could you host us at one of your group information sessions? # speaker: cfp_cuisine
+ [Decline politely: your information sessions are full until the summer]
    I understand. Another time, perhaps. # speaker: cfp_cuisine # score: confiance -1 Trust feeds on reciprocity: refusing a partner a favour means only calling it when you need it.
+ [Offer her a slot at your next information session]
    With pleasure! People rarely offer. # speaker: cfp_cuisine # mood: happy # score: confiance +1 Hosting the partner in return is the reciprocity that builds lasting trust, beyond mere requests.
-   You hang up. On the map, arrows now lead out from Relais Insertion in several directions. The week is over. # week
    -> week3

=== week3 ===
Week 3. On Monday the phone rings: it is Sophie Lambert, from the mission locale. # scene: phone # share: dumas mission_locale
{ ml_done: -> ml_news | -> ml_call }

= ml_news
I’m seeing Ms Dumas on Thursday for her youth commitment contract. Where is her CAP project at? # speaker: mission_locale
+ [Tell her where things stand, and send her the course calendar as soon as it is confirmed, tomorrow]
    Perfect, I’ll be able to talk it through with her on Thursday. # speaker: mission_locale # mood: happy # score: communication +1 Keeping the lead adviser informed as you go, without waiting for her to ask or for the end of the month: that is regular, transparent communication.
+ [‘It’s all in hand. I’ll give you a full update at the end of the month.’]
    Ah. Well, fine. # speaker: mission_locale # mood: worried # score: communication -1 ‘It’s all in hand’ informs nobody: the lead adviser needs concrete, regular information to support the same person as you.
-   -> coordination

= ml_call
Ms Dumas tells me you’re putting together a CAP application with her. I’d have liked to know: I’ve been following her for a year, and I was preparing another course for her. # speaker: mission_locale # mood: annoyed
+ [Acknowledge the lack of information and offer to coordinate from now on]
    You should have told her, and you say so. You suggest sharing the roles: she keeps the follow-up of the youth commitment contract, you carry the training project. # score: communication +1 Acknowledging a lack of information and proposing a way to coordinate restores open communication with the lead adviser.
    All right. Keep me posted, that’s all I ask. # speaker: mission_locale
+ [Justify yourself: the week was busy, and the information did not reach you]
    I see. # speaker: mission_locale # mood: annoyed # score: communication -1 Justifying yourself rather than acknowledging the lack of information breeds mistrust: open communication also means saying ‘I should have told you’.
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
Classes run Monday to Thursday, 8 am to 4 pm, with two three-week work placement periods. The first one starts in six weeks. # speaker: cfp_cuisine
The Bistrot du Marché wants someone right away, Fridays and Saturdays, lunch and dinner. If we wait for the placement period, the place will be gone. # speaker: tremplin
And if she wears herself out before the exam, we’ll have lost everything. # speaker: cfp_cuisine # mood: annoyed
Voices rise. Mr Roux glances at you: he is counting on you.
+ [Cut it short, and settle it later in private with Mr Roux, who is more flexible]
    After the meeting, in the corridor, you agree with Mr Roux on a placement on Fridays and Saturdays from next month. Ms Leroy finds out the next day, by email. # score: communication -2 Settling a disagreement in private with one partner creates surprises and resentment: difficulties are discussed openly, with everyone concerned.
    You could have told me to my face. Six days out of seven from the start of term, I don’t believe in it. # speaker: cfp_cuisine # mood: annoyed
+ [Put the disagreement on the table: each sets out their constraints, and you look for a calendar together]
    You go through the constraints one by one on the whiteboard, without siding with either. # bond: cfp_cuisine tremplin +10 # score: communication +2 Putting the disagreement on the table, with both partners, avoids misunderstandings: each understands the other’s constraints and the solution is shared.
    The compromise comes from Mr Roux himself: the placement will start with the first work placement period and, until then, Ms Dumas will spend a discovery day at the Bistrot, on a Friday. He will persuade the restaurant to wait. Ms Leroy nods, and the two swap numbers.
    ~ clash_ok = true
-   I still need the chef’s agreement. Sam Benali knows Mr Girard well, doesn’t he? Can you confirm it by tomorrow? # speaker: tremplin
+ [‘Monday. Sam is seeing him this weekend; I’ll call you Monday lunchtime.’]
    Monday suits me. At least it’s clear. # speaker: tremplin # score: confiance +1 Giving a date you can keep, rather than the one that pleases, makes your word reliable.
+ [‘Tomorrow without fail.’ He looks so relieved]
    Mr Roux thanks you warmly. But Mr Girard never answers before Monday: the next evening, it is Mr Roux who calls back, irritated. # score: confiance -1 Promising a date you cannot keep, to please someone, wears trust down: your word must be one you can keep.
-   -> decide

= centre_only
Ms Leroy has come alone, with the course calendar.
Classes run Monday to Thursday, 8 am to 4 pm, with two three-week work placement periods. The first one starts in six weeks. Who is helping her find her placement? # speaker: cfp_cuisine
Nobody. You have not contacted Tremplin Stages, the association that helps young people find placements. You call Mr Roux as soon as the meeting ends; he promises to look, but six weeks before the first placement period, it is late. # refer: dumas tremplin
-> decide

= decide
Right. Shall we confirm this timetable and send it to her? # speaker: cfp_cuisine
+ [Call Ms Dumas before confirming: it is her timetable, it is for her to say whether it works]
    You call her from the meeting room. # score: ethique +1 Deciding with the person, not for her: she is the one who knows whether a timetable is workable, and it is her pathway.
    { knows_need("dumas", "garde_enfants"):
        Classes at 8, that’s fine if Noah has his place with the childminder. Otherwise I can’t. # speaker: dumas
    - else:
        Classes at 8? But… I’ve got nobody to look after my son. He’s three. I didn’t dare tell you. # speaker: dumas # mood: sad # need: dumas garde_enfants
    }
+ [Confirm the timetable among professionals and send it to her: she will be pleased everything is ready]
    The timetable goes out that evening, with a warm note. # score: ethique -1 Confirming a timetable without the person means choosing her pathway for her: only she knows whether it is workable.
    { knows_need("dumas", "garde_enfants"):
        The next day she replies with a worried message: everything will depend on Noah’s place with the childminder.
    - else:
        The next day she calls you in a panic: classes at 8 are impossible. She has a three-year-old son, Noah, and nobody to look after him. She hadn’t dared say so. # need: dumas garde_enfants
    }
-   On Wednesday your other clients take up the whole day: a skills review, two first appointments, someone who turns up without an appointment and leaves with a referral. # scene: office # time: 2
    { not rpe_done:
        Between two appointments, you finally call the early childhood hub. Ms Benson is sorry: next month’s places have gone, the next one will be in two months. She puts Noah on the waiting list. # refer: dumas rpe
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
    Perfect. I’ll call her today about the visit: Noah can start next month. # speaker: rpe # mood: happy # trust: rpe +5 # solve: dumas garde_enfants # score: confiance +1 Calling a partner back as agreed, with the promised information, keeps contact regular and reliable.
-   -> thursday

= thursday
~ rpe_done = false
On Thursday morning Tremplin Stages is bringing together the local restaurant owners and has invited its partners. It is also the only free half-day you have left to put Ms Dumas’s application together with her, and it would take two.
+ [Go to the Tremplin Stages meeting: the application will wait until next week # place: tremplin]
    You meet three restaurant owners; Mr Roux introduces you to each of them and thanks you for coming. # time: 1 # score: confiance +1 Answering a partner’s invitation, even when the week is full, is the reciprocity that feeds trust.
+ [Decline the invitation and spend Thursday and Friday morning on the application with Ms Dumas]
    You send Mr Roux a note of apology. Cover letter, certificates, a CV that highlights her years at the restaurant: the application goes off on Friday at noon, through the centre’s secure messaging. # time: 2 # score: confiance -1 Declining a partner’s invitation when the week is full is understandable, but only seeing a partner when you need something wears the relationship down: trust is also built by being there.
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
+ [‘Yes, thanks! It’s all in the file, you’ll see.’]
    Sam leaves without having opened the file. # score: equipe -1 Handing over without passing on the essentials leaves your colleague stuck: teamwork means sharing the useful information.
+ [Take a quarter of an hour to brief him: the calendar, what she agrees can be said about her, what Mr Roux expects]
    Sam takes notes: he will present Mr Girard with a clear project and the right dates. # score: equipe +1 Passing on the essentials before handing over lets your colleague use his network wisely: that is the synergy of skills.
    ~ brief_ok = true
-   The week is over. # week
    -> week4

=== week4 ===
Week 4. Monday morning. # scene: office
{
- tremplin_done && clash_ok && brief_ok && trust("bistrot") >= 40:
    Sam arrives with good news: Mr Girard has agreed. With Tremplin Stages’ placement agreement, Ms Dumas will do her work placement at the Bistrot du Marché. # solve: dumas emploi
- tremplin_done && clash_ok && trust("bistrot") >= 50:
    Sam talked about Ms Dumas without the dates, and Mr Girard thought she was available straight away. But he knows Sam: after a call to Mr Roux, it’s agreed for the work placement at the Bistrot du Marché. # solve: dumas emploi
- tremplin_done && clash_ok:
    Sam comes back from lunch a little embarrassed: Mr Girard is hesitating, ‘later, perhaps’. Mr Roux will look for another restaurant, but time is short.
- tremplin_done:
    Mr Roux calls you: Ms Leroy refuses to sign a placement agreement that eats into classes. Until the calendar is sorted out, the placement is blocked.
- else:
    Sam has seen Mr Girard: he is willing to meet Ms Dumas, but Mr Roux has only just started looking, and nothing can be signed for weeks.
}
~ clash_ok = false
~ brief_ok = false
A little later, Ms Dumas comes by reception, Noah on her hip, to drop off a missing certificate. She seems to stand taller than a month ago.
I’ve started cooking again in the evenings, to practise. Noah tastes everything. # speaker: dumas # mood: happy
{ submitted: -> panel }
-> deadline

= deadline
Nadia puts her head round the door.
The quarterly report for the Département has to go on Friday, and your part is missing. You’ll need a good three half-days. # speaker: nadia # mood: worried
The admissions panel at Les Toques de Valmoran meets on Thursday, and Ms Dumas’s application still hasn’t gone. You won’t be able to do everything in time.
+ [Dive into the report for the Département: Ms Dumas’s application will go next week]
    The report is coming along well. Ms Dumas’s application stays in your tray, and you don’t call Ms Leroy. # time: 3
+ [Spend two half-days with Ms Dumas finishing her application and send it before the panel]
    Cover letter, certificates, a CV that highlights her years at the restaurant: the application goes off on Wednesday evening, through the centre’s secure messaging. The report you will finish late on Thursday. # time: 2 # refer: dumas cfp_cuisine
    { promised:
        Ms Leroy acknowledges receipt: the promise is kept. # keep: cfp_cuisine
    }
    ~ submitted = true
+ { promised } [Call Ms Leroy to ask for a week’s extension, to finish the report]
    You call her before she starts to worry. # time: 3 # score: communication +1 Warning of a delay rather than letting the deadline pass in silence means saying clearly what you cannot deliver: the relationship suffers less.
    Thank you for telling me. But the panel is on Thursday: I won’t be able to keep her place. # speaker: cfp_cuisine # mood: sad
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
Everything falls into place: the CAP next month, a place for Noah with the childminder, the work placement signed at the Bistrot du Marché. # scene: office
On the phone, she laughs for the first time since you have known her. Behind her, Noah is asking for something in a sing-song voice.
I’d never have believed so many people would gather round me. My mother doesn’t believe it. # speaker: dumas # mood: happy
-> closing ->
Six weeks later, Ms Dumas puts on her white jacket for her first service at the Bistrot du Marché. Mr Girard finds her quick and precise; so does Ms Leroy, who drops in to see her. The training centre, the association, the early childhood hub, the mission locale and your team have each played their part, without treading on each other’s toes. That is what working in a network means. # end
-> END

=== end_partial ===
Ms Dumas starts the cookery CAP next month and Noah has his place with the childminder. But her work placement has not been found. # scene: office
{ tremplin_done: The placement calendar was not matched in time with the course calendar, or the restaurant did not follow through. | Because the association that places young people was not approached in time, the search started too late. }
I’ll be starting, that’s something. But without a placement I won’t get my CAP, will I? # speaker: dumas # mood: worried
You explain that the search goes on, and that there are six weeks left. You don’t tell her it is tight.
-> closing ->
Six weeks later, Ms Dumas is working hard in class, but the first work placement period is approaching and Mr Roux is still looking for a restaurant. The pathway is moving; the network, though, was not activated in time on every front. One link was missing. # end
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
+ [Offer to tell the story of her pathway at the next team meeting: what worked, what got stuck, what each person contributed]
    Good idea. Ten minutes on Tuesday, I’ll note it down. # speaker: nadia # mood: happy # score: equipe +1 Reviewing a pathway as a team values everyone’s skills and prepares the next ones: synergy has to be cultivated.
+ [Just say ‘it’s in hand’: Tuesday’s meeting already has too long an agenda]
    Nadia nods and moves on. # score: equipe -1 Without feedback to the team, Sam and Claire will never know what their help changed, and the team will learn nothing from this pathway.
-   Late in the afternoon you have an hour left. Several partners have worked for Ms Dumas this month, each on their own side, without necessarily knowing what the others did. The pile of next cases, meanwhile, has not gone down.
+ [Write to each partner involved to tell them where Ms Dumas stands, and thank them]
    A short message to each: what worked, what remains to be done, thank you. # time: 1 # score: communication +2 Telling partners what became of the person, including when things are stuck, and thanking them: that is closing the loop, the heart of open communication.
    Thanks for keeping us posted. It’s rare, and it makes us want to carry on. # speaker: cfp_cuisine # mood: happy # trust: cfp_cuisine +5
    Got it, thanks! Let’s keep in touch for what comes next. # speaker: tremplin # mood: happy # trust: tremplin +5
    Ms Benson replies with a word: she is keeping Noah’s file to hand. Ms Lambert will catch up with Ms Dumas next week. # meet: rpe # meet: mission_locale
+ [Move on to the next case: the partners will find out soon enough how it turned out]
    You close the file; the next pile is waiting. # score: communication -2 Silence after a referral leaves partners in the dark and wears the network down: telling them what happened, and thanking them, is open communication.
-   You switch off the office light. # week
    ->->
