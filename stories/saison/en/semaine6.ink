// Week 6: the conflict between the CCAS and Les Jardins over Mr Haddad, the mediation, Cap emploi.

=== semaine6 ===
Monday. The week's news comes in, one item after another. # scene: office
-> agenda ->
{ relais_petite_enfance && not is_solved("dumas", "garde_enfants"):
    Good news, at last: a childminder will take irregular hours from July for Ms Dumas's son. # speaker: rpe # mood: happy # solve: dumas garde_enfants
}
{ dossier_dumas && not is_solved("dumas", "formation"):
    Ms Leroy writes to you: Ms Dumas has been admitted to the CAP cuisine, starting in September. # solve: dumas formation
}
{ not dossier_dumas:
    The Les Toques panel met without Ms Dumas's application. Next session in January.
}
{ tilleuls:
    Allocation panel at Les Tilleuls: Ms Melnyk and her son will have their studio flat in July. # solve: oksana logement
}
Mr Vidal calls you, in a bad mood. # scene: phone
{ bond("ccas", "jardins") < 50:
    Ms Caron accuses me of poaching her clients! If that's how it is, I won't take anyone from the CCAS any more. # speaker: jardins # mood: annoyed
  - else:
    Mr Haddad could start on Monday, but Ms Caron wants to keep him in her workshop on Tuesdays and Thursdays. Someone has to decide. # speaker: jardins # mood: worried
}
{ semaine5.ecoute.raison:
    And another thing: Ms Caron and I have talked. You told us both we were right. So what do you really think? # speaker: jardins # mood: annoyed # trust: jardins -3 # trust: ccas -3 # score: confiance -2 What you told each side in private comes out in the end: both partners find out they heard the same words, and now doubt what you say. Trust rests on integrity.
}
Nadia puts her head round your office door. # scene: office
I heard. What do you suggest? # speaker: nadia
* [Side with Mr Vidal: a real contract is worth more than three months of workshop]
    You call Mr Vidal: Mr Haddad will start on Monday. He thanks you warmly. Then Ms Caron, who hears it from you. # refer: karim jardins # trust: jardins +5 # score: reseau +1 Mr Haddad starts straight away, in the work-integration enterprise that can hire him. # score: conflits -2 Taking the side of the partner you feel close to, without hearing the other, settles the week and damages the network.
    Very well. I note that Relais Insertion has chosen its side. # speaker: ccas # mood: annoyed # trust: ccas -10 # bond: ccas jardins -10
    -> hub
* [Ask Nadia to decide: it's for management to settle]
    It's not for me to decide for the CCAS and Les Jardins. I'm happy to chair a meeting, if you prepare it. # speaker: nadia # score: conflits -1 Going straight up to management means looking for a referee rather than an agreement: the partners have to build the solution together.
    -> mediation
* [Suggest a three-way meeting, chaired by Nadia]
    Good idea. I'll chair it, as a neutral third party; you prepare it. # speaker: nadia # term: mediation # score: conflits +2 When positions harden, a mediation led by a neutral third party allows a collective decision that respects everyone's goals. # score: ethique -1 Bringing his two referents together to talk about Mr Haddad, without him, exposes his situation: he will have to be involved in the decision.
    Another meeting! My post will wait another week, then. # speaker: jardins # mood: annoyed
    -> mediation

= mediation
Tuesday evening, the meeting has to be prepared. Nadia is already tidying her desk. # scene: office
+ [Prepare it with Nadia: who chairs, who restates, who takes notes]
    Half an hour is enough: she chairs, you restate, and you sum up everyone's positions for her. # score: equipe +2 Preparing a mediation together, sharing out the roles and what you know: that's teamwork serving the network.
+ [Prepare it alone tonight: you know the case better than anyone]
    You spend the evening on it. The next day, Nadia discovers your notes at the same time as the partners. # score: equipe -1 Keeping the preparation to yourself when a colleague chairs the meeting: she arrives without the facts, and the team speaks less with one voice.
-
Wednesday, the Relais Insertion meeting room. Ms Caron on one side, Mr Vidal on the other, Nadia at the end of the table. # scene: meeting # time: 2
I'm not against work. I'm against failure. My clients need a stepping stone before they go back. # speaker: ccas
And my posts don't wait. A CDDI contract comes with support too. # speaker: jardins
* [Put the schedule you've prepared on the table]
    Each looks first for what they lose. # score: conflits -1 Arriving with a ready-made solution means deciding alone for everyone: the partners go along with it, without buying into it.
* (ensemble) [Restate the common goal, then ask each what they can adjust]
    "You both want Mr Haddad to last." A silence. Then Ms Caron offers to move her workshop, and Mr Vidal to lighten the first month. # score: conflits +2 Restating the common goal and getting each side to adjust: that is reallocating responsibilities and time, decided together.
-
* [Settle it between professionals, and explain it to him tonight]
    The meeting stays within the hour; Ms Caron and Mr Vidal appreciate it. Mr Haddad will hear about it on the phone. # score: conflits -1 An agreement reached without the person concerned forgets the essential: his interest, which is at the heart of the disagreement.
* [Invite Mr Haddad for the second part]
    Mr Haddad arrives at 11, intimidated. He listens, then speaks: the dawn starts, Friday which would suit him, his fear of not lasting. The meeting overruns; Ms Caron moves an appointment. # score: conflits +1 Putting the person back at the centre of the disagreement reminds everyone why they're there. # score: ethique +1 It's his pathway being decided: hearing him means deciding with him.
    Les Jardins, yes, I'd like that. And the workshop on Friday mornings would suit me. # speaker: karim # agree: karim jardins
-
{ semaine6.mediation.ensemble:
    The agreement fits in three lines: Mr Haddad starts at Les Jardins on Monday, four days a week; the CCAS workshop moves to Friday mornings; Ms Caron stays his RSA referent and Mr Vidal gives her an update every month. # refer: karim jardins # bond: ccas jardins +15 # trust: ccas +5 # trust: jardins +5
  - else:
    They accept your schedule grudgingly: Mr Haddad will start at Les Jardins on Monday. # refer: karim jardins # bond: ccas jardins +5
}
-> hub

= hub
{time_left() <= 0: -> fin}
* {agreed("karim", "cap_emploi") && time_left() >= 2} [Go with Mr Haddad to Cap emploi # place: cap_emploi] -> cap_emploi_rdv -> hub
* [Post an update on the network's shared channel] -> canal
* {happened("ft_contact") && time_left() >= 2} [Meet Ms Marchand, the new contact at France Travail # place: france_travail] -> marchand
* {not happened("ft_contact")} [Call Mr Nguyen at France Travail about Ms Melnyk # place: france_travail] -> nguyen
* {open_promises("habitat") > 0} [Complete Léo's file for Les Tilleuls # place: habitat] -> leo_dossier -> hub
+ [Close the week] -> fin

= canal
The network's shared channel, Friday morning. You haven't posted anything since the monthly meeting. # scene: channel # time: 1
* [Post a practical update: dates, free places, and thanks to the partners]
    Your message is short and practical. Replies follow. # score: numerique +1 The shared channel is for coordinating: dates, places, thanks, no personal information.
    Thanks for the update! Two places in the Tuesday workshop, if needed. # speaker: langues
    The community garage will have two cars ready in July. # speaker: mobilite
    Got it. We still have catering internships for July, if you have candidates. # speaker: tremplin
    Information meeting for families on Thursday: everyone is welcome. # speaker: rpe # score: confiance +1 Giving news without asking for anything keeps the relationship going: partners respond to those who write to them when all is well too.
* [Chase Ms Petit publicly: "Where are Léo Martin's and Ms Melnyk's files?"]
    Your question appears in front of twenty-four members. # score: numerique -2 Chasing a partner in public, naming people you support: wrong audience, wrong channel. A private message, or a call, was enough.
    I'll call you. And avoid names here. # speaker: habitat # mood: annoyed
-
-> hub

= marchand
At the France Travail office, Ms Elsa Marchand sees you. She took over Mr Nguyen's caseload recently. # scene: territory # time: 2
I'm discovering everything. Mr Nguyen didn't leave me much on Relais Insertion. # speaker: france_travail
* [Ask her to carry on what Mr Nguyen was doing]
    I'll see what I can do. # speaker: france_travail # score: confiance -1 The trust was built with a person, not with an institution: with a new contact, it has to be rebuilt, not claimed.
* [Take the time to present Relais Insertion and your shared cases]
    Thank you, that really helps. And I'll return the favour. # speaker: france_travail # mood: happy # trust: france_travail +10 # score: confiance +2 A new contact doesn't know the history of the partnership: taking the time to rebuild it is reinvesting in trust.
-
For Ms Melnyk, a pre-employment course for accounts assistants, with extra French, starts in September. I'll check there's a place left and confirm it to you by Friday next week. # speaker: france_travail # pledge: france_travail 1 Confirm a place on the pre-employment course for Ms Melnyk
You talk to Ms Melnyk about it that same evening. She accepts, if the place is confirmed. # agree: oksana france_travail
-> hub

= nguyen
Mr Nguyen picks up at once. # scene: phone # time: 1
* [Give him news of Mr Haddad first]
    Nice to have some news! Usually we never hear anything. # speaker: france_travail # mood: happy # trust: france_travail +5 # score: communication +1 Telling the partner what became of the people you support together: that's the open communication that feeds the network.
* [Get straight to the point: ask him for a place for Ms Melnyk, no detours]
    Always in a hurry, at Relais Insertion... # speaker: france_travail # score: communication -1 Calling only to ask, never to give news, reduces the partnership to a service counter.
-
For Ms Melnyk, a pre-employment course for accounts assistants, with extra French, starts in September. I'll check there's a place left and confirm it to you by Friday next week. # speaker: france_travail # pledge: france_travail 1 Confirm a place on the pre-employment course for Ms Melnyk
You talk to Ms Melnyk about it that same evening. She accepts, if the place is confirmed. # agree: oksana france_travail
-> hub

= fin
Friday evening. The network has been shaken; it remains to be seen what it keeps of it. # week
-> semaine7

=== leo_dossier ===
Léo comes back with the receipt for his ID card application, his payslips from the summer, and the housing benefit application filled in together. # scene: office # time: 1
The file goes to Les Tilleuls through the secure exchange platform. # keep: habitat
File complete. The hostel room is Léo's at the end of the month. # speaker: habitat # mood: happy # solve: leo logement
->->
