// Week 7: the results come in; keeping Mr Haddad's job; preparing the summer, closing the loop with the partners.

=== semaine7 ===
Monday. The season's first results are coming in. # scene: office
-> agenda ->
{ open_pledges("france_travail") > 0:
    { trust("france_travail") >= 50:
        France Travail confirms, as promised: the place on the pre-employment course for accounts assistants is Ms Melnyk's, in September. # pledge_kept: france_travail # refer: oksana france_travail # solve: oksana emploi
      - else:
        Friday has passed with no news from France Travail. Ms Melnyk's place is still to be confirmed. # pledge_broken: france_travail
    }
}
Mr Haddad started at Les Jardins a week ago.
{ tremplin.sam:
    { not is_solved("dumas", "emploi"):
        Ms Dumas's placement agreement with Le Bistrot du Marché is signed: three weeks in July. Thanks for Sam's helping hand! # speaker: tremplin # mood: happy # solve: dumas emploi
      - else:
        Le Bistrot du Marché is delighted with Ms Dumas, and is already looking for a second apprentice. Thanks for Sam's helping hand! # speaker: tremplin # mood: happy
    }
}
{ tremplin && not tremplin.sam:
    I'm still looking for a placement for Ms Dumas, don't worry! It'll come! # speaker: tremplin # mood: happy
}
{ semaine5.leo && not semaine5.leo.inscrit:
    Léo has done his taster day at Les Toques. He comes back with his mind made up: cooking it is, in September. # solve: leo formation
    Ms Leroy calls you straight after.
    He lasted the whole day, and he asked the right questions. I've kept his place for him. Young people who know why they're coming: send me more whenever you like. # speaker: cfp_cuisine # mood: happy # trust: cfp_cuisine +3 # score: confiance +1 An orientation the person chose holds: the partner who waited for your answer now knows that the candidates you send her will turn up. Trust is built on commitments that hold.
}
{ semaine5.leo.inscrit:
    Léo didn't turn up to the Les Toques induction meeting. # trust: cfp_cuisine -3 # score: confiance -2 A place confirmed for a young man who had not chosen it: he doesn't turn up, and the partner has lost a place someone else would have taken. She will look harder at your next referrals.
    We enrolled him, fine. But what did he actually want? # speaker: cfp_cuisine # mood: annoyed
}
{ semaine5.leo_tilleuls && not is_solved("leo", "logement") && open_promises("habitat") == 0:
    The room at Les Tilleuls has gone to another young person: Léo's file didn't arrive in time. He's still sleeping at friends' places.
}
{ open_pledges("cap_emploi") > 0:
    Friday has passed: Ms Royer hasn't given you the date of the workstation assessment. # pledge_broken: cap_emploi
    -> relance_cap ->
}
-> appel_vidal

= relance_cap
Mr Haddad, meanwhile, is waiting, with his back.
* [Say on the channel that Cap emploi is keeping you waiting]
    Two partners add an emoji. Ms Royer calls you, cold: she would have preferred a phone call. # scene: channel # trust: cap_emploi -10 # score: confiance -2 Blaming a partner publicly for a missed commitment exposes them in front of the whole network: trust is repaired by talking directly. # score: numerique -1 The shared channel is for coordinating, not for settling scores.
* [Ask Mr Vidal to adapt the post himself]
    Mr Vidal improvises. Ms Royer hears about it from him, and doesn't understand why you didn't call her. # trust: cap_emploi -5 # score: confiance -2 Going round a partner who missed a commitment, without talking to them, damages trust on both sides.
* [Call Ms Royer: you were expecting that date, what's holding it up?]
    I'm sorry. The occupational doctor was away all week. I'll give you the date by next Tuesday, I promise. # speaker: cap_emploi # mood: sad # score: confiance +2 Simply telling the partner that a commitment wasn't kept, without reproach, and looking with her at what is blocking: mutual trust runs both ways. # term: confiance_mutuelle
    She writes it down in front of you. # pledge: cap_emploi 1 Give the date of the workstation assessment at Les Jardins
-
->->

= appel_vidal
Mr Vidal calls you. # scene: phone
Three late arrivals in four days, and he leaves the crates to the others. The team is grumbling. I'm willing to be patient, but if this goes on, I won't see his trial period through. Can you have a word with him? # speaker: jardins # mood: annoyed
* [Offer to come on Thursday, to hear them both]
    Thursday? Until then I'm the one dealing with it. All right. Come. # speaker: jardins # mood: annoyed # score: conflits +2 Hearing both parties before looking for an arrangement: that's where a mediation starts, without taking sides. # score: confiance -1 Mr Vidal expected immediate support: asking him to wait until Thursday costs him, and he lets you feel it.
* [Promise to call Mr Haddad tonight and set him straight]
    Thanks. I knew I could count on you. # speaker: jardins # mood: happy # score: communication +1 Mr Vidal gets a clear answer, straight away. # score: conflits -2 Promising to set the person straight without having heard him is taking the employer's side: mediation means listening to both.
    In the evening, Mr Haddad listens to you without a word, then hangs up.
* {knows_need("karim", "sante")} [Defend Mr Haddad: with his back, it's up to the team to adapt]
    His back? He never told me about it. # speaker: jardins # mood: worried # share: karim jardins # score: ethique -2 Health information belongs to the person alone: telling the employer without his agreement breaks shared professional secrecy. # score: conflits -1 Taking one party's side means giving up the position of a third party.
-
-> hub

= hub
{time_left() <= 0: -> fin}
* {time_left() >= 2} [Go to Les Jardins, to see Mr Vidal and Mr Haddad # place: jardins] -> suivi_jardins -> hub
* [Team meeting: organising the summer] -> equipe
* {time_left() >= 2} [Report back to partners on what became of your referrals] -> boucler
* {time_left() >= 2} [Gather the season's facts for the partnership review] -> preparer
* {time_left() >= 2} [Drop in on partners you've lost touch with, with nothing to ask] -> tournee
* {tremplin.sam && is_solved("dumas", "formation")} [Get Les Toques and Tremplin Stages to agree on Ms Dumas's timetable # place: tremplin] -> calendrier
* {open_promises("habitat") > 0} [Complete Léo's file for Les Tilleuls # place: habitat] -> leo_dossier -> hub
+ [Close the week] -> fin

= equipe
Thursday, team meeting. You're going on three weeks' leave at the end of July: what happens next has to be organised. # scene: office # time: 1
Who takes over your cases while you're away? # speaker: nadia
* [Write a handover note for each case, and share them out with Claire and Sam]
    You spend on it the evening you had kept for gathering the figures for the review. # score: equipe +2 A handover note and a sharing out according to each person's skills: the team takes over without losing anything. # score: evaluation -1 The review will be less well prepared: time given to the team is taken from elsewhere.
    I'll take Ms Dumas: I know the Bistrot. # speaker: sam
    And I'll take Léo and Ms Melnyk. With your note, I'll know who to call. # speaker: claire # mood: happy
    { knows_need("karim", "sante"):
        -> note_karim ->
    }
* [Tell Claire she can call you if needed: it's all in the software]
    In the software... OK. I hope it's all there. # speaker: claire # mood: worried # score: equipe -2 Handing over without passing anything on leaves your colleague to rebuild each situation alone: synergy means saying who does what.
    You keep the evening to gather the figures for the review. # score: evaluation +1 You will have time to prepare the review on facts.
-
-> hub

= note_karim
That leaves Mr Haddad, whom Claire will also follow. What do you put in his note?
* [Everything he told you about his back: Claire must be able to answer Mr Vidal]
    Claire reads the note, a little embarrassed: she now knows more than Mr Vidal, and more than the occupational doctor. # score: equipe +1 Claire has everything she needs to take over the case. # score: ethique -2 Even within the team, shared secrecy covers only what is useful to the support: the health details Mr Haddad confided are not part of it.
* [The adjustment under way, the Cap emploi contacts, and what he agrees may be said]
    Claire will have to call him to learn more, if he wishes. # score: ethique +2 Passing on to a colleague only what serves the support, within what the person has agreed: that is shared professional secrecy, within the team too. # score: conflits -1 If Mr Vidal calls Claire while you're away, she will know less: a misunderstanding may start again, and will need calming.
-
->->

= boucler
You take a day to report back to partners on what became of the people you referred. # scene: phone # time: 2
* [Call each one: what became of the person referred, and a specific thank-you]
    Thanks for letting me know. It's rare, and it helps me defend our places to the funder. # speaker: cfp_cuisine # mood: happy # score: communication +2 Telling each partner what their work produced closes the loop: open communication doesn't stop at the referral.
    Oh, wonderful! Keep me posted. # speaker: mission_locale # mood: happy
    You also leave a message for Roule ma Poule, the Relais Petite Enfance and Mots Partagés. # meet: mobilite # meet: rpe # meet: langues
* [Post a group message on the channel: "Thanks everyone for this season!"]
    A few thumbs up. Nobody really knows what became of the people referred. # score: communication -1 A group thank-you tells no one what their work produced: the loop stays open.
-
-> hub

= preparer
You go back over your notes for the season: referrals, replies, delays, commitments kept or not, on your side as well as the partners'. # scene: office # time: 2 # score: evaluation +1 Gathering the facts before a review lets you judge the partnerships on what happened, not on impressions.
The picture isn't flattering for everyone, you included.
-> hub

= tournee
You make the rounds of the partners you see least, with nothing to ask them. # scene: territory # time: 2 # score: confiance +2 Keeping in touch when you need nothing: that's what makes trust solid the day you do need something.
A visit for nothing? That never happens to me. Come in. # speaker: mobilite # mood: happy
Stay for coffee: we've got lots of plans for September. # speaker: langues # mood: happy
Any families to send us this summer? We still have places in July. # speaker: rpe
-> hub

= calendrier
Ms Leroy and Mr Roux call you on the same day. Les Toques want Ms Dumas on a refresher course on Tuesdays and Thursdays in July; the Bistrot wants her Tuesday to Saturday. # scene: phone # time: 1
* [Decide in favour of the training: the diploma first]
    Ms Leroy thanks you. You tell Mr Roux. He gives way, put out. # trust: tremplin -3 # bond: cfp_cuisine tremplin -5 # score: confiance +1 Ms Leroy appreciates her course coming first. # score: conflits -2 Deciding alone between two partners settles the question and leaves a loser: better a solution built together.
* [Set up a three-way call, with Ms Dumas, to share out the days]
    Placement Wednesday to Saturday, refresher on Tuesday. Each gives up a day; Mr Roux has to call the chef back, and doesn't hide it. # bond: cfp_cuisine tremplin +10 # score: conflits +2 Bringing the parties together, with the person, and sharing out each one's time: the disagreement is settled before it becomes a conflict. # score: confiance -1 Each partner gives something up, and says so: a compromise has a cost, shared.
-
-> hub

= fin
Friday. Only one week left: the review is getting close. # week
-> semaine8
