// Week 4: the monthly partner meeting and the network's shared channel.

=== semaine4 ===
Monday morning, Nadia reminds you of Thursday's monthly meeting: half the week will go on it, between preparation and the meeting itself. # scene: office
-> panne_karim ->
-> agenda ->
Thursday, in the main room at Relais Insertion: the monthly partner meeting. # scene: meeting # time: 2
Nadia opens the meeting. Around the table: the CCAS, Les Jardins, France Travail, the mission locale, Les Toques de Valmoran and Tremplin Stages. A round of updates.
We're launching a new remobilisation workshop in June. Twelve places, priority to RSA recipients. # speaker: ccas
Two integration contract posts are opening at Les Jardins before the summer. I'm looking for motivated people, wherever they come from. # speaker: jardins
{ happened("ft_contact"):
    Hello everyone. Elsa Marchand: I'm replacing Mr Nguyen, who has been transferred to Besançon. I'm taking over his caseload, but I don't know anyone here yet. # speaker: france_travail
  - else:
    Nothing new at France Travail, apart from funded forklift licence sessions in June. # speaker: france_travail
}
{ happened("cfp_session"):
    Good news: we're opening a work-study session of the CAP cuisine. We'll need employers. # speaker: cfp_cuisine
  - else:
    CAP admissions panel next Tuesday. Complete applications only. # speaker: cfp_cuisine
}
We have drawers full of placement offers. Send us your young people! # speaker: tremplin # mood: happy
{ trust("mission_locale") < 50:
    A reminder that under-26s have a lead adviser at the mission locale. Please go through us. # speaker: mission_locale # mood: annoyed
  - else:
    Thanks to Relais Insertion for coordinating on the young people we share: it works well. # speaker: mission_locale # mood: happy
}
Your turn. Nadia nods to you: ten minutes, no more.
* [Say first what became of your referrals, then your requests]
    You give a simple update: who went where, what's moving, what's stuck. Ms Leroy nods. Your requests will have to wait for the channel. # score: communication +2 Reporting on what followed a referral is the basis of open communication: everyone sees what became of their work. # score: reseau -1 Meeting time is short: your requests come second, and some leads will wait.
* [Go straight to your requests: a home, a placement, a childcare place]
    You run through your three requests. Three partners note a lead; a few others exchange glances. # score: reseau +1 Clear requests find takers: three leads in ten minutes. # score: communication -1 Coming only with requests, without saying what became of earlier referrals, leaves partners with no feedback.
-
That leaves Mr Haddad, who interests both of them: the CCAS workshop on Tuesdays and Thursdays, or the twenty-six-hour-a-week post at Les Jardins, from 16 June.
* [See each of them separately during the week: they'll tell you more than in public]
    You move on to the next item. The next day, Ms Caron and Mr Vidal speak frankly to you, each on their own, and each is sure they are right. # bond: ccas jardins -5 # score: confiance +1 Taking time to listen to each partner one-to-one looks after the relationship. # score: communication -2 Settling things with each side separately lets the disagreement grow without the partners ever talking to each other.
* [Raise it right away, at the table, with Ms Caron and Mr Vidal]
    You set out the problem without looking for anyone to blame. Ms Caron and Mr Vidal disagree, but they talk about it. Around them, three organisations that do not support Mr Haddad learn about his case. # bond: ccas jardins +10 # score: communication +2 Bringing a difficulty up before it turns into a conflict is exactly what the monthly meeting is for. # score: ethique -1 Shared confidentiality covers those who support the person: Mr Haddad's situation is not the whole table's business.
* [Suggest talking it over, the three of you, just after the meeting]
    They stay for a quarter of an hour. They disagree, but they listen to each other, and agree to talk it over again with Mr Haddad. # bond: ccas jardins +10 # score: communication +2 Putting the disagreement on the table, with only the partners concerned, before it turns into a conflict. # score: ethique +1 Talking about Mr Haddad with those who support him, and with him afterwards: shared confidentiality, nothing more.
-
-> canal

= canal
After the meeting, Nadia opens the network's shared channel: twenty-four members, organisations from all over the area. # scene: channel # term: canal_commun
Ms Melnyk's housing is urgent. A message here might open up other leads. # speaker: nadia
* [Post "Looking for a studio or one-bedroom flat for July, two people", no name]
    Your message fits on two lines. A reply comes within the hour. # score: numerique +2 The channel is for logistics (need, date, contact); personal information goes privately, through a secure route.
    I'll call you tomorrow, I may have a lead. # speaker: habitat
* [Post nothing, and call Ms Petit at Les Tilleuls directly]
    Ms Petit suggests you drop by. On the channel, other partners might have had a lead: you will never know. # meet: habitat # score: reseau +1 Going straight to the housing partner is knowing your network. # score: numerique -1 The common channel is there precisely to pass a need around, with no name, beyond the partners you already know.
* [Post her situation with her first name: people pitch in more for a person]
    ~ trop_partage = true
    Your message gets reactions: emojis, a few heartfelt words, two leads. # score: reseau +1 A need set out well gets the network moving. # score: numerique -1 A channel with twenty-four members is no place for a personal situation: the right message gives the logistics, not the person's life.
    Those details have no place on a channel of twenty-four people. Call me instead. # speaker: habitat # mood: annoyed # score: ethique -2 Naming the person and telling her story in a shared space, without her consent, breaks the confidentiality she entrusted to you.
-
Further down, Mr Vidal floats an idea.
What if we set up a group on our phones? It'd be quicker than this tool. # speaker: jardins
* [Agree: everyone already has the app on their phone]
    Three partners join the group within a minute. The others don't: from now on, information travels at two speeds. # score: communication +1 A tool everyone already uses gets information moving fast. # score: numerique -2 A personal messaging app escapes the network's rules: unvetted members, data on private phones, and partners left out.
* [Answer that the network's channel is the only tool everyone has approved]
    Suit yourself. # speaker: jardins # mood: annoyed # score: numerique +1 The common, secure channel remains the network's tool. # score: communication -1 A flat refusal leaves the partner with his need for speed: he will look elsewhere.
* [Keep the channel, and open a "places available" thread on it]
    A "places available" thread it is. I'll put my two posts on it right away. # speaker: jardins # score: numerique +2 Keeping the common tool, secure and open to all, and adapting it to the need: that is using digital tools to coordinate.
    Ms Haddou from "Mots Partagés" and Mr Le Gall from "Roule ma Poule" post their places there straight away. # meet: langues # meet: mobilite # score: reseau +1 A thread where each partner posts its places puts the whole network's resources within everyone's reach: two organisations you barely knew show up on it on the very first day.
-
-> hub

= hub
{time_left() <= 0: -> fin}
* {time_left() >= 2 && toques && not dossier_dumas} [Put together the application file with Ms Dumas] -> dossier_dumas -> hub
* {time_left() >= 2 && knows_need("dumas", "garde_enfants") && not relais_petite_enfance} [Visit the Relais Petite Enfance, about childcare for Ms Dumas's son # place: rpe] -> relais_petite_enfance -> hub
* {open_promises("langues") > 0} [Present Relais Insertion to the learners at "Mots Partagés" # place: langues] -> presentation_langues -> hub
* [Take stock with Ms Melnyk of her career plans] -> melnyk_emploi
+ [Close the week] -> fin

= melnyk_emploi
Ms Melnyk comes on her own. Her French is improving, and her plans are taking shape. # scene: office # time: 1
I'd like to work with figures again. Assistant accountant, perhaps, even if I have to start again at the bottom. # speaker: oksana
You think of the places still free at Les Toques de Valmoran: a qualification, straight away, with a partner you know.
* [Suggest the CAP cuisine at Les Toques: there are places left, and it's a trade that's hiring]
    Ms Melnyk politely accepts. The next day, Ms Leroy calls you back. # refer: oksana cfp_cuisine
    She wants to be an accountant, not a cook. I'm not here to fill my places. # speaker: cfp_cuisine # mood: annoyed # trust: cfp_cuisine -3
* [Tell her about France Travail: diploma recognised, assistant accountant posts]
    You explain the statement of comparability for her diploma and what France Travail can do. She thinks it over, then makes up her mind.
    Yes, France Travail. I want to work with what I know how to do. # speaker: oksana # mood: happy # agree: oksana france_travail
    Together you prepare the application for the statement, and the referral goes off that evening. # refer: oksana france_travail
-
-> hub

= fin
Friday. The meeting has left its mark in people's notebooks, and on the channel. # week
-> semaine5
