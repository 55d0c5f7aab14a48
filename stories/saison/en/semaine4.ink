// Week 4: the monthly partner meeting and the network's shared channel.

=== semaine4 ===
Monday morning, Nadia reminds you of Thursday's monthly meeting: half the week will go on it, between preparation and the meeting itself. # scene: office
-> panne_karim ->
-> agenda ->
Thursday, the council chamber at the town hall: Relais Insertion's monthly partner meeting. # scene: meeting # time: 2
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
    CAP admissions panel next week. Complete applications only. # speaker: cfp_cuisine
}
We have drawers full of placement offers. Send us your young people! # speaker: tremplin # mood: happy
{ trust("mission_locale") < 50:
    A reminder that under-26s have a lead adviser at the mission locale. Please go through us. # speaker: mission_locale # mood: annoyed
  - else:
    Thanks to Relais Insertion for coordinating on the young people we share: it works well. # speaker: mission_locale # mood: happy
}
Your turn. Nadia nods to you.
* [Start with news of the people already referred: what's moving, what's stuck]
    You give a simple update: who went where, what's moving, what's stuck. Ms Leroy nods. # score: communication +2 Reporting on what followed a referral is the basis of open communication: everyone sees what became of their work.
* [Go straight to your requests: meeting time is short]
    You rattle them off: a home, a placement, a childcare place. A few partners exchange glances. # score: communication -1 Coming only with requests, without saying what became of earlier referrals, leaves partners with no feedback.
-
That leaves Mr Haddad, who interests both of them: the CCAS workshop on Tuesdays and Thursdays, or the full-time post at Les Jardins from week 6.
* [Keep it for later: you'll see each of them one-to-one, it'll be less tense]
    You move on to the next item. At the break, Ms Caron and Mr Vidal don't say a word to each other. # bond: ccas jardins -5 # score: communication -1 Settling things one-to-one with each side lets the disagreement grow without the partners ever talking to each other.
* [Raise it now, openly, with Ms Caron and Mr Vidal at the table]
    You set out the problem without looking for anyone to blame. Ms Caron and Mr Vidal disagree, but they talk about it, and agree to come back to it. # bond: ccas jardins +10 # score: communication +2 Bringing a difficulty to the meeting before it turns into a conflict is exactly what the monthly meeting is for.
-
-> canal

= canal
After the meeting, Nadia opens the network's shared channel: twenty-four members, organisations from all over the area. # scene: channel
Ms Melnyk's housing is urgent. A message here might open up other leads. # speaker: nadia
* [Tell the whole story so everyone pitches in: her name, the war, the host family, her son]
    ~ trop_partage = true
    Your message gets reactions: emojis, a few heartfelt words. # score: numerique -2 A channel with twenty-four members is no place for a personal situation: the right message gives the logistics, not the person's life.
    Those details have no place on a channel of twenty-four people. Call me instead. # speaker: habitat # mood: annoyed # score: ethique -2 Naming the person and telling her story in a shared space breaks the confidentiality she entrusted to you.
* [Post a message with no name: "Looking for a studio or one-bedroom flat for July, two people. Contact me privately."]
    Your message fits on two lines. A reply comes within the hour. # score: numerique +2 The channel is for logistics (need, date, contact); personal information goes privately, through a secure route.
    I'll call you tomorrow, I may have a lead. # speaker: habitat
-
Further down, Mr Vidal floats an idea.
What if we set up a group on our phones? It'd be quicker than this tool. # speaker: jardins
* [Suggest keeping the shared channel, and opening a "places available" thread there to speed things up]
    A "places available" thread it is. I'll put my two posts on it right away. # speaker: jardins # score: numerique +2 Keeping the common tool, secure and open to all, and adapting it to the need: that is using digital tools to coordinate.
    Ms Haddou from "Mots Partagés" and Mr Le Gall from "Roule ma Poule" post their places there straight away. # meet: langues # meet: mobilite
* [Agree: everyone already has the app on their phone]
    Three partners join the group, the others don't. From now on, information travels at two speeds. # score: numerique -2 A personal messaging app escapes the network's rules: unvetted members, data on private phones, and partners left out.
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
* [Refer her to France Travail: recognition of her diploma and a search for an assistant accountant post]
    Together you prepare the application for a statement of comparability for her diploma, and a referral to France Travail. # agree: oksana france_travail # refer: oksana france_travail
    Thank you. I want to work with what I know how to do. # speaker: oksana # mood: happy
* [Suggest the CAP cuisine at Les Toques: there are places left, and it's a trade that's hiring]
    Ms Melnyk politely accepts. The next day, Ms Leroy calls you back. # refer: oksana cfp_cuisine
    She wants to be an accountant, not a cook. I'm not here to fill my places. # speaker: cfp_cuisine # mood: annoyed # trust: cfp_cuisine -3
-
-> hub

= fin
Friday. The meeting has left its mark in people's notebooks, and on the channel. # week
-> semaine5
