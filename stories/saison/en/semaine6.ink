// Week 6: the conflict between the CCAS and Les Jardins over Mr Haddad, and what follows.

=== semaine6 ===
Monday. The week's news comes in piece by piece. # scene: office
-> agenda ->
{ relais_petite_enfance && not is_solved("dumas", "garde_enfants"):
    Good news at last: a childminder will take Ms Dumas's son at late hours from July. # speaker: rpe # mood: happy # solve: dumas garde_enfants
}
{ dossier_dumas && not is_solved("dumas", "formation"):
    Ms Leroy writes to you: Ms Dumas has been accepted onto the CAP cuisine, starting in September. # solve: dumas formation
}
{ not dossier_dumas:
    The Les Toques panel met without Ms Dumas's file. Next intake in January.
}
{ tilleuls:
    Allocation panel at Les Tilleuls: Ms Melnyk and her son will have their studio flat in July. # solve: oksana logement
}
Mr Vidal calls you, in a bad mood. # scene: phone
{ bond("ccas", "jardins") < 50:
    Ms Caron is accusing me of poaching her RSA recipients! If that's how it is, I'm not taking anyone from the CCAS any more. # speaker: jardins # mood: annoyed
  - else:
    Mr Haddad could start on Monday, but Ms Caron wants to keep him in her workshop on Tuesdays and Thursdays. Someone has to decide. # speaker: jardins # mood: worried
}
Nadia puts her head round your office door. # scene: office
I heard. What do you suggest? # speaker: nadia
* [Side with Mr Vidal: a job is worth more than a workshop]
    You call Mr Vidal: Mr Haddad will start full time on Monday. Then Ms Caron, who hears it from you. # refer: karim jardins # trust: jardins +5 # score: conflits -2 Siding with the partner you feel close to, without hearing the other, settles the week and damages the network.
    Very well. I note that Relais Insertion has chosen its side. # speaker: ccas # mood: annoyed # trust: ccas -10 # bond: ccas jardins -10
    -> hub
* [Suggest a three-way meeting, with Nadia as a neutral third party to chair it]
    Good idea. I'll chair it; you prepare it. # speaker: nadia # score: conflits +2 When positions harden, a meeting with a neutral third party allows a collective decision that respects everyone's objectives.
    -> mediation
* [Ask Nadia to decide: it's for management to settle]
    It's not for me to decide for the CCAS and Les Jardins. I'm happy to chair a meeting, if you prepare it. # speaker: nadia # score: conflits -1 Escalating to management straight away means looking for a referee rather than an agreement: the partners must build the solution together.
    -> mediation

= mediation
Tuesday evening, the meeting needs preparing. Nadia is already tidying her desk. # scene: office
* [Prepare it with Nadia: who chairs, who reformulates, who takes notes, and what each of you already knows]
    Half an hour is enough: she chairs, you reformulate, and you brief her on each side's position. # score: equipe +2 Preparing a mediation together, sharing out the roles and what you know: teamwork in the service of the network.
* [Prepare it on your own tonight: you know the case better than anyone]
    You spend the evening on it. The next day, Nadia discovers your notes at the same time as the partners. # score: equipe -1 Keeping the preparation to yourself when a colleague is chairing: she arrives without the facts, and the team speaks less with one voice.
-
Wednesday, the meeting room at Relais Insertion. Ms Caron on one side, Mr Vidal on the other, Nadia at the end of the table. # scene: meeting # time: 2
I'm not against work. I'm against failure. My RSA recipients need a transition before they go back. # speaker: ccas
And my posts don't wait. An integration contract is support too. # speaker: jardins
* [Put the timetable you've prepared on the table: it'll stop us going round in circles]
    Each of them looks first for what they lose. # score: conflits -1 Arriving with a ready-made solution is deciding alone for everyone: the partners go along with it without owning it.
* (ensemble) [Restate the shared goal, then ask each what they can adjust]
    "You both want Mr Haddad to last the course." A silence. Then Ms Caron offers to move her workshop, and Mr Vidal to lighten the first month. # score: conflits +2 Restating the shared goal and having each side adjust: this is re-allocating responsibilities, decided together.
-
* [Suggest inviting Mr Haddad for the second half: he's the one it's about]
    Mr Haddad arrives at 11, intimidated. He listens, then speaks: the early starts, Friday being better for him, his fear of not keeping up. # score: conflits +1 Putting the person back at the centre of the dispute reminds everyone why they are there. # score: ethique +1 It is his pathway being decided: hearing him means deciding with him.
    Friday mornings for the workshop would suit me. # speaker: karim # agree: karim jardins
* [Settle it between professionals: you'll let him know afterwards]
    The meeting moves quickly, without him. # score: conflits -1 An agreement reached without the person concerned forgets the essential: his interest. # score: ethique -1 Deciding Mr Haddad's pathway without hearing him is deciding for him: the person must have a say.
-
{ semaine6.mediation.ensemble:
    The agreement fits in three lines: Mr Haddad starts at Les Jardins on Monday, four days a week; the CCAS workshop moves to Friday mornings; Ms Caron remains his RSA support worker and Mr Vidal updates her every month. # refer: karim jardins # bond: ccas jardins +15 # trust: ccas +5 # trust: jardins +5
  - else:
    They accept your timetable grudgingly: Mr Haddad will start at Les Jardins on Monday. # refer: karim jardins # bond: ccas jardins +5
}
-> hub

= hub
{time_left() <= 0: -> fin}
* [Post a progress update on the network's shared channel] -> canal
* {happened("ft_contact") && time_left() >= 2} [Meet Ms Marchand, the new contact at France Travail # place: france_travail] -> marchand
* {not happened("ft_contact")} [Call Mr Nguyen at France Travail, about Ms Melnyk # place: france_travail] -> nguyen
* {open_promises("habitat") > 0} [Complete Léo's file for Les Tilleuls # place: habitat] -> dossier_leo -> hub
+ [Close the week] -> fin

= canal
The network's shared channel, Friday morning. You haven't posted anything since the monthly meeting. # scene: channel # time: 1
* [Post an update useful to all: panel dates, free places, and thanks to the partners who took your referrals]
    Your message is short and practical. Replies follow. # score: numerique +1 The shared channel is for coordinating: dates, places, thanks, with no personal information.
    Thanks for the update! Two places in the Tuesday workshop, if needed. # speaker: langues
    The community garage will have two cars ready in July. # speaker: mobilite
    Information meeting for families on Thursday: everyone welcome. # speaker: rpe # score: confiance +1 Giving news without asking for anything keeps the relationship alive: partners answer those who also write when all is well.
* [Chase Ms Petit publicly: "Where are Léo Martin's and Ms Melnyk's files?"]
    Your question appears in front of twenty-four members. # score: numerique -2 Chasing a partner in public, naming the people you support: wrong audience, wrong channel. A private message, or a call, would have done.
    I'll call you. And avoid names here. # speaker: habitat # mood: annoyed
-
-> hub

= marchand
At the France Travail office, Ms Elsa Marchand sees you. She took over Mr Nguyen's caseload recently. # scene: territory # time: 2
I'm discovering everything. Mr Nguyen didn't leave me much on Relais Insertion. # speaker: france_travail
* [Take the time to present Relais Insertion, the cases you share, and what you can bring her]
    Thank you, that really helps. And I'll return the favour: I'll look at Ms Melnyk's situation as a priority. # speaker: france_travail # mood: happy # trust: france_travail +10 # score: confiance +2 A new contact doesn't know the history of the partnership: taking the time to rebuild it is reinvesting in trust.
* [Ask her to carry on what Mr Nguyen was doing, and move on to Ms Melnyk's file]
    I'll see what I can do. # speaker: france_travail # score: confiance -1 The trust was built with a person, not an institution: with a new contact, it has to be rebuilt, not claimed.
-
For Ms Melnyk, a job-readiness course for assistant accountants, with extra French, starts in September. I can put her forward, if she wants it. # speaker: france_travail
You talk it over with her that evening. She accepts, and France Travail puts her forward. # agree: oksana france_travail # refer: oksana france_travail # solve: oksana emploi
-> hub

= nguyen
Mr Nguyen picks up straight away. # scene: phone # time: 1
* [Get straight to the point: a place for Ms Melnyk]
    Always in a hurry, at Relais Insertion… # speaker: france_travail # score: communication -1 Only calling to ask, never to give news, reduces the partnership to a service counter.
* [First give him news of Mr Haddad, before talking about Ms Melnyk]
    Nice to have some news! Usually we never hear anything. # speaker: france_travail # mood: happy # trust: france_travail +5 # score: communication +1 Telling the partner what became of the people you support together: open communication is what feeds the network.
-
For Ms Melnyk, a job-readiness course for assistant accountants, with extra French, starts in September. I can put her forward, if she wants it. # speaker: france_travail
You talk it over with her that evening. She accepts, and France Travail puts her forward. # agree: oksana france_travail # refer: oksana france_travail # solve: oksana emploi
-> hub

= fin
Friday evening. The network has wobbled; it remains to be seen what it keeps of it. # week
-> semaine7
