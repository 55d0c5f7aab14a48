// Week 7: the results come in; preparing for the summer, closing the loop with partners.

=== semaine7 ===
Monday. The season's first results are coming in. # scene: office
-> agenda ->
{ is_solved("karim", "mobilite"):
    { semaine6.mediation && bond("ccas", "jardins") >= 50:
        Mr Haddad has started at Les Jardins: scooter at 7.15, CCAS workshop on Fridays. Ms Caron and Mr Vidal catch up every month. # solve: karim emploi
      - else:
        Mr Haddad has started at Les Jardins, but he's juggling: Ms Caron chases him about the workshop, Mr Vidal about the hours. He's holding on, for now. # solve: karim emploi
    }
  - else:
    Mr Haddad couldn't start at Les Jardins: with no transport, there was no way to be there at 7.30. Mr Vidal has given the post to someone else. # trust: jardins -5
}
{ tremplin.sam && not is_solved("dumas", "emploi"):
    Ms Dumas's work-experience placement at the Bistrot du Marché is signed: three weeks in July. # solve: dumas emploi
}
{ tremplin && not tremplin.sam:
    I'm still looking for a placement for Ms Dumas, don't worry! It'll come! # speaker: tremplin # mood: happy
}
{ semaine5.leo && not semaine5.leo.inscrit:
    Léo has done his taster day at Les Toques. He comes back with his mind made up: cooking it is, in September. # solve: leo formation
}
{ semaine5.leo.inscrit:
    Léo didn't turn up to the Les Toques induction meeting. # trust: cfp_cuisine -3
    We enrolled him, fine. But what did he actually want? # speaker: cfp_cuisine # mood: annoyed
}
{ semaine5.leo_tilleuls && not is_solved("leo", "logement") && open_promises("habitat") == 0:
    The room at Les Tilleuls has gone to another young person: Léo's file didn't arrive in time. He is still sleeping at friends' places.
}
-> hub

= hub
{time_left() <= 0: -> fin}
* [Team meeting: organise the summer] -> equipe
* {time_left() >= 2} [Report back to partners on what became of your referrals] -> boucler
* {time_left() >= 2} [Gather the season's facts for the partnership review] -> preparer
* {time_left() >= 2} [Drop in on the partners you've lost touch with, with nothing to ask] -> tournee
* {tremplin.sam && is_solved("dumas", "formation")} [Get Les Toques and Tremplin Stages to agree on Ms Dumas's timetable # place: tremplin] -> calendrier
* {open_promises("habitat") > 0} [Complete Léo's file for Les Tilleuls # place: habitat] -> dossier_leo -> hub
+ [Close the week] -> fin

= equipe
Thursday, team meeting. You're off on three weeks' leave at the end of July: what happens next needs organising. # scene: office # time: 1
Who takes over your cases while you're away? # speaker: nadia
* [Tell Claire she can call you if needed: it's all in the software]
    In the software… All right. I hope it's all there. # speaker: claire # mood: worried # score: equipe -2 Handing over without a handover note leaves your colleague to piece each situation together alone: synergy means saying who does what.
* [Write a handover note for each case and share them out with Claire and Sam, according to their networks]
    I'll take Ms Dumas: I know the Bistrot. # speaker: sam # score: equipe +2 A handover note and a split based on each person's strengths: the team takes over without losing anything.
    And I'll take Léo and Ms Melnyk. With your note, I'll know who to call. # speaker: claire # mood: happy
-
-> hub

= boucler
You take a day to report back to partners on what became of the people you referred. # scene: phone # time: 2
* [Call each one: what became of the person referred, and a specific thank-you]
    Thank you for the feedback. It's rare, and it helps me defend our places to the funder. # speaker: cfp_cuisine # mood: happy # score: communication +2 Telling each partner what their work achieved closes the loop: open communication doesn't stop at the referral.
    Oh, wonderful! Keep me posted on what happens next. # speaker: mission_locale # mood: happy
    You also leave a message for Roule ma Poule, the Relais Petite Enfance and Mots Partagés. # meet: mobilite # meet: rpe # meet: langues
* [Post a group message on the channel: "Thanks, everyone, for this season!"]
    A few thumbs up. Nobody really knows what became of the people referred. # score: communication -1 A group thank-you tells no one what their work achieved: the loop stays open.
-
-> hub

= preparer
You go back over your notes from the season: referrals, replies, delays, promises kept or not, on your side as well as the partners'. # scene: office # time: 2 # score: evaluation +1 Gathering the facts before a review lets you judge partnerships on what actually happened, not on impressions.
The picture isn't flattering for everyone, yourself included.
-> hub

= tournee
You go round the partners you see least, with nothing to ask of them. # scene: territory # time: 2 # score: confiance +2 Keeping in touch when you need nothing is what makes trust solid on the day you do need something.
A visit for no reason? That never happens to me. Come on in. # speaker: mobilite # mood: happy
Stay for a coffee: we've got lots of plans for September. # speaker: langues # mood: happy
Any families to send us this summer? We still have places in July. # speaker: rpe
-> hub

= calendrier
Ms Leroy and Mr Roux call you on the same day. Les Toques want Ms Dumas in a refresher course on Tuesdays and Thursdays in July; the Bistrot wants her Tuesday to Saturday. # scene: phone # time: 1
* [Decide in favour of the training: the qualification comes before the placement]
    You tell Mr Roux. He gives way, put out. # trust: tremplin -3 # bond: cfp_cuisine tremplin -5 # score: conflits -1 Deciding alone between two partners settles the question and leaves a loser: better a solution built together.
* [Set up a three-way call, with Ms Dumas, to share out the days]
    Placement Wednesday to Saturday, refresher course on Tuesdays. Each gives a little; Ms Dumas gains. # bond: cfp_cuisine tremplin +10 # score: conflits +2 Bringing the parties together, with the person, and sharing out responsibilities: the disagreement is settled before it becomes a conflict.
-
-> hub

= fin
Friday. Just one week left: the review is coming. # week
-> semaine8
