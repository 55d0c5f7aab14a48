// Week 8: the partnership review, then the end of the season.

=== semaine8 ===
The last week of the season. Nadia has set aside the morning for the partnership review. # scene: office # time: 2
{ semaine7.preparer:
    Your tables are ready: referrals, results, response times, promises kept on both sides.
  - else:
    You arrive with your notebooks and your memories: the figures will have to be pieced together during the meeting.
}
How do you want us to go about it? # speaker: nadia
* [Start from the facts: referrals, results, delays, promises kept on both sides, and the views of the people supported]
    You start from the figures, and straight afterwards you call Ms Dumas and Mr Haddad to ask for their views. # score: evaluation +2 Assessing a partnership on facts (referrals, results, delays, commitments kept) and on the people's views is the basis of a fair readjustment.
* [Start from your impressions: you know your partners well, no need to count everything]
    The discussion moves fast. Too fast, perhaps: everyone has their favourites. # score: evaluation -2 Judging a partner by the impression they leave confuses affinity with effectiveness: evaluation rests on facts.
-
First file: "Tremplin Stages". Mr Roux is always willing, always friendly, and often invites you to lunch. Over the year: nine referrals, two placements, replies within three weeks.
{ tremplin.sam:
    Ms Dumas's placement, for its part, came from Sam's address book.
}
{ tremplin && not tremplin.sam:
    For Ms Dumas, still nothing.
}
* [End the partnership: the results aren't there]
    Nadia frowns: nine young people referred, two placements, that's not nothing either. # score: evaluation -1 Breaking off without trying to readjust loses a partner you could have put back on track: renegotiate first.
* [Renegotiate: clear objectives, a response time, and a review in three months]
    You offer Mr Roux a simple commitment: a reply within a week, a review every quarter. # score: evaluation +2 Readjusting a disappointing partnership, with precise objectives and a review date: keep what works, mend the rest.
* [Keep it as it is: he's so pleasant, and always willing]
    Nothing changes. The next placement will have to wait too. # score: evaluation -2 Friendliness is no substitute for results: keeping a partnership as it is without looking at the facts means never readjusting it.
-
Second file: "Les Toques de Valmoran". Ms Leroy is demanding, her deadlines are strict, her tone is curt. Over the year: ten referrals, eight qualified.
* [Strengthen the partnership: a joint information session every quarter, and regular contact with Ms Leroy]
    Nadia agrees: it's the partner that best qualifies our candidates. # score: evaluation +2 A demanding partner who gets results deserves to be consolidated: judge on facts, not on how comfortable the relationship is.
* [See them less often: too rigid, too demanding, and tiring to deal with]
    Nadia looks up from her notes: eight out of ten, all the same. # score: evaluation -2 Seeing an effective partner less because the relationship is uncomfortable is judging by affinity rather than results.
-
That leaves the partners you've seen little of this season. Nadia goes through the list.
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
Some partners only heard from you at the monthly meeting; others, not at all.
* [Wait for them to get in touch: they know where to find you]
    Nadia says nothing, but she makes a note. # score: evaluation -1 A partnership you never review fades away quietly: evaluation must be regular, and lead to action.
* [Plan a calendar of regular contact with each partner, and a review of these partnerships in the autumn]
    A simple table: at least one contact a month, a review in October. # score: evaluation +1 Reviewing regularly and planning contact: the network stays alive because you look after it.
-
And the review itself, what do we do with it? # speaker: nadia
* [Present the conclusions to the partners at the next monthly meeting, and ask for their view of Relais Insertion]
    You add a question for each of them: "And what should we improve?" # score: communication +2 Sharing the review and asking partners for their own view: transparency works both ways.
* [Keep the review internal: these are sensitive judgements]
    The review goes into a shared team folder. # score: communication -1 A review the partners never see can change nothing in the relationship: better to discuss it openly.
-
-> fin_saison

= fin_saison
~ temp reussites = 0
~ temp confiance_moyenne = (trust("cfp_cuisine") + trust("tremplin") + trust("rpe") + trust("ccas") + trust("france_travail") + trust("mission_locale") + trust("jardins") + trust("mobilite") + trust("habitat") + trust("langues")) / 10
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
    Mr Haddad gets up at 6 for Les Jardins. He says he's sleeping again.
  - else:
    Mr Haddad is still looking. The community garage called him back; maybe it'll be in the autumn.
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
