// Week 8: the partnership review, then the end of the season.

=== semaine8 ===
The last week of the season. # scene: office
{ not semaine7.equipe:
    Nadia stops by your desk.
    You're off for three weeks at the end of July, and nobody on the team knows who's taking over your cases. If a partner calls while you're away, what do we tell them? # speaker: nadia # mood: worried # score: equipe -1 Leaving without organising the handover means your colleagues discover the situations through the partners: teamwork means saying who takes over what, and with what information.
}
{ open_pledges("jardins") > 0:
    Mr Vidal calls you, as promised: the new hours are holding, and Mr Haddad has taken charge of the seedlings. # speaker: jardins # mood: happy # pledge_kept: jardins
}
{ not is_solved("karim", "emploi"):
    Mr Vidal writes to you: he is not renewing Mr Haddad's trial period. Late arrivals, crates, misunderstandings: nobody found an arrangement.
    { not suivi_jardins:
        Nobody from Relais Insertion has been back to Les Jardins since he was hired. # score: confiance -1 Support that stops at hiring leaves the employer alone with the difficulties: next time, he will count on you less.
    }
}
{ open_pledges("cap_emploi") > 0:
    Ms Royer calls you on Tuesday, as promised: the workstation assessment at Les Jardins will take place on 3 July, with the occupational doctor. # speaker: cap_emploi # mood: happy # pledge_kept: cap_emploi # solve: karim sante
}
Nadia has set aside the morning for the partnership review. # time: 2 # term: audit
{ semaine7.preparer:
    Your tables are ready: referrals, results, response times, commitments kept on both sides.
  - else:
    You arrive with your notebooks and your memories: the figures will have to be pieced together in the meeting.
}
How do you want us to go about it? # speaker: nadia
* [Start from your impressions: you know them well]
    The discussion moves fast. Too fast, perhaps: everyone has their favourites. # score: evaluation -2 Judging a partner by the impression they leave is confusing affinity with effectiveness: evaluation rests on facts.
* [Start from the facts, and from what the people supported think]
    You start from the figures: referrals, results, delays, commitments kept on both sides. And you call Ms Dumas and Mr Haddad to hear what they think. # score: evaluation +2 Evaluating a partnership on facts (referrals, results, delays, commitments kept) and on what the people think: that's the basis for fair readjustment.
-
First file: "Tremplin Stages". Mr Roux is always willing, always pleasant, and often invites you to lunch. Over the year: nine referrals, two placements, replies within three weeks.
{ tremplin.sam:
    Ms Dumas's placement, for its part, came from Sam's address book.
}
{ tremplin && not tremplin.sam:
    For Ms Dumas, still nothing.
}
* [Keep it as it is: Mr Roux is always willing, and the relationship is good]
    Nothing changes. Mr Roux thanks you for your loyalty. The next placement will wait too. # score: confiance +1 The relationship stays warm. # score: evaluation -2 Likeability doesn't replace results: keeping a partnership as it is without looking at the facts means never readjusting it.
* [End the partnership: the results aren't there]
    Nadia frowns: nine young people referred, two placements, that's not nothing either. # score: evaluation -1 Breaking off without trying to readjust means losing a partner you could have put back on track: renegotiate first.
* [Renegotiate: a response time, targets, a review in October]
    You offer Mr Roux a simple commitment: a reply within a week, a review every quarter. He accepts, a little stung at being measured. # score: evaluation +2 Readjusting a disappointing partnership, with precise targets and a review date: keep what works, repair the rest. # score: conflits -1 A partner who is measured may dig in: the friction will need defusing, the price of a relationship readjusted on facts.
-
Second file: "Les Toques de Valmoran". Ms Leroy is demanding, her deadlines are strict, her tone is curt. Over the year: ten referrals, eight qualifications.
* [Space out contacts: too rigid, too demanding]
    Nadia looks up from her notes: eight out of ten, all the same. # score: evaluation -2 Spacing out an effective partner because the relationship is uncomfortable is judging by affinity rather than results.
* [Strengthen the partnership: a meeting every quarter with Ms Leroy]
    Nadia approves: it's the partner that qualifies our candidates best. # score: evaluation +2 A demanding partner who gets results deserves to be consolidated: judge on facts, not on how comfortable the relationship is. # score: confiance +1 Regular contact, even with a curt partner, builds trust on both sides.
-
That leaves the partners you've seen little of this season. Nadia runs down the list.
{ trust("langues") < 45:
    "Mots Partagés": Ms Haddou has hardly heard from you.
}
{ trust("rpe") < 45:
    The Relais Petite Enfance: Ms Benson wonders whether Relais Insertion still works with her.
}
{ trust("mobilite") < 45:
    "Roule ma Poule": Mr Le Gall is still waiting for feedback on Mr Haddad's situation.
}
{ trust("habitat") < 45:
    Les Tilleuls: Ms Petit has mixed memories of the season.
}
{ trust("france_travail") < 45:
    France Travail: the relationship needs rebuilding.
}
{ trust("mission_locale") < 45:
    The mission locale: Ms Lambert feels bypassed.
}
{ trust("cap_emploi") < 45:
    Cap emploi: Ms Royer hasn't heard from you since.
}
Some partners only heard from you at the monthly meeting; others, not at all.
* [Plan a contact a month, and a review in October]
    A simple table: at least one contact a month, a review of the partnerships in October. # score: evaluation +1 Reviewing regularly and planning contact: the network stays alive because it is kept up.
* [Wait for them to get in touch: they know where to find you]
    Nadia says nothing, but she makes a note of it. # score: evaluation -1 A partnership you never review dies out quietly: evaluation has to be regular, and lead to action.
-
The Département, which funds the support, is also expecting the review. Shall we put in some examples of pathways? # speaker: nadia
* [Attach two named pathways: it speaks louder]
    The report goes off with two names, a child's care and a painful back. # score: ethique -2 A report to the funder doesn't need to know who: named pathways, with health or family details, step outside professional secrecy and the GDPR's minimisation.
* [Two anonymised pathways, with nothing that could identify them]
    No name, no exact age, no health detail: the pathways still speak. # score: ethique +2 Reports to funders are anonymised: they show what the network achieved, never who was supported. # term: anonymisation
-
And the review itself, what do we do with it? # speaker: nadia
* [Keep it internal: some of the assessments could hurt partners]
    The review goes into a shared team folder. Nobody feels judged. # score: communication -1 A review the partners never see can't change anything in the relationship: better to talk about it openly.
* [Present it to the partners, and ask what they think of you]
    At the monthly meeting, you add a question for each: "And what should we improve?" Mr Roux, stung, hardly says a word during the meeting. # score: communication +2 Sharing the review and asking partners for their own view: transparency runs both ways.
-
-> fin_saison

= fin_saison
~ temp reussites = 0
~ temp confiance_moyenne = (trust("cfp_cuisine") + trust("tremplin") + trust("rpe") + trust("ccas") + trust("france_travail") + trust("mission_locale") + trust("jardins") + trust("mobilite") + trust("habitat") + trust("langues") + trust("cap_emploi")) / 11
{ is_solved("dumas", "formation"):
    ~ reussites = reussites + 1
}
{ is_solved("dumas", "garde_enfants"):
    ~ reussites = reussites + 1
}
{ is_solved("dumas", "emploi"):
    ~ reussites = reussites + 1
}
{ is_solved("karim", "mobilite"):
    ~ reussites = reussites + 1
}
{ is_solved("karim", "emploi"):
    ~ reussites = reussites + 1
}
{ is_solved("karim", "sante"):
    ~ reussites = reussites + 1
}
{ is_solved("oksana", "langue"):
    ~ reussites = reussites + 1
}
{ is_solved("oksana", "logement"):
    ~ reussites = reussites + 1
}
{ is_solved("oksana", "emploi"):
    ~ reussites = reussites + 1
}
{ is_solved("leo", "logement"):
    ~ reussites = reussites + 1
}
{ is_solved("leo", "formation"):
    ~ reussites = reussites + 1
}
Friday evening. You close the season's four files. # scene: office
{ is_solved("dumas", "formation"):
    Ms Dumas starts at Les Toques in September.
  - else:
    Ms Dumas will wait for the January intake at Les Toques. She says she'll hang on.
}
{ is_solved("dumas", "emploi"):
    This summer, she'll be in the kitchen at the Bistrot du Marché.
}
{ is_solved("dumas", "garde_enfants"):
    Her son has a place with a childminder who works evenings.
  - else:
    Evening childcare for her son is still unresolved.
}
{ is_solved("karim", "emploi"):
    Mr Haddad takes the 7.40 bus to Les Jardins, where his post has been adapted. He says he's sleeping again.
  - else:
    Mr Haddad is still looking. The community garage called him back; maybe it'll be in the autumn.
}
{ is_solved("karim", "sante"):
    His RQTH application is under way, and the workstation assessment is set: he will decide whom he tells.
}
{ is_solved("oksana", "logement"):
    Ms Melnyk and Maksym move into Les Tilleuls in July. She now speaks French with Ms Petit.
  - else:
    Ms Melnyk has no home for July yet. The host family agrees to wait a little longer.
}
{ is_solved("oksana", "emploi"):
    In September, she starts a job-readiness course for assistant accountants.
}
{ is_solved("leo", "logement"):
    Léo has the keys to his room at the hostel.
  - else:
    Léo is still sleeping at friends' places. Ms Lambert and you are looking for another solution.
}
{ is_solved("leo", "formation"):
    On the wall of his room, he has taped the Les Toques timetable: cooking, in September.
  - else:
    His training plans are still to be built, with him.
}
{ reussites >= 8 && bond("ccas", "jardins") >= 50 && confiance_moyenne >= 50:
    -> reseau_vivant
}
{ reussites >= 5:
    -> avancees
}
-> a_reprendre

= reseau_vivant
Nadia stops in front of your map of the territory, covered in links. # scene: office
Pathways moving forward, partners talking to each other, even the CCAS and Les Jardins. That's what a network is: not a list of numbers, but relationships you look after. Well done. # speaker: nadia # mood: happy
End of the season: a living network. # end
-> END

= avancees
Nadia looks at your map of the territory: some strong links, and others that have frayed. # scene: office
You've moved pathways forward, that's what matters most. But a network needs looking after: some partners will be waiting for you in September. # speaker: nadia
End of the season: progress made, a network to consolidate. # end
-> END

= a_reprendre
Nadia sits down opposite you, the map of the territory between you. # scene: office
It's been a tough season. Too many threads came loose, for the people and for the partners. We'll go over it together in September, case by case. # speaker: nadia # mood: worried
End of the season: a season to take up again. # end
-> END
