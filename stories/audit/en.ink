INCLUDE ../lib/engine.ink

// The partnership audit: judge on facts, adjust, tell the partners, plan what comes next.
// sound counts the well-founded evaluation judgements (at most 11); with trust, it decides the ending.
VAR sound = 0
VAR feedback = false
VAR bistrot_deal = false
VAR cfp_kept = false
VAR tremplin_fix = false
VAR mobilite_dev = false
VAR tell = 0

-> intro

=== intro ===
Early December, at Relais Insertion. Outside, the Christmas market stalls are going up. Nadia puts a thick folder on your desk. # scene: office
It’s time for the annual audit of our partnerships: spotting the collaborations that work, and the ones that need to improve. The Département will read it in our activity report. # speaker: nadia
The software has pulled out the year’s figures for each partner: referrals, outcomes, response times, commitments kept on either side. # speaker: nadia
For each one, you give an assessment, fruitful, to improve or to rethink, and you propose an adjustment. We’re judging collaborations, not people. # speaker: nadia
Do you also want the views of the people we referred? They’d need calling. Half a day on the phone, with Sam’s help. # speaker: nadia
+ [No need: the figures are enough, and opinions are always subjective]
  You keep the half-day for everything else. Nadia doesn’t insist. # score: evaluation -2 The views of the people supported are part of the facts of an audit: without them, you judge a partnership without knowing what it brings to those it serves.
+ [Yes: call the people referred this year, with Sam]
  With Sam, you reach twenty-eight people out of forty. Some are delighted to be asked; one young woman talks to you for twenty minutes about her work trial. You write down their words as they said them. # score: evaluation +2 An audit rests on facts and on the beneficiaries’ views: that is what lets you judge what a partnership really brings them.
  ~ feedback = true
  ~ sound = sound + 1
- You spread the six files out on the table. Behind every figure there are faces: people you have referred, partners you call by their first names.
Sam glances at the folder as he passes.
Start with the Bistrot! Paul’s our best partner, everyone loves him. # speaker: sam
You open the files one by one. Each will take you half a day.
-> bistrot

=== bistrot ===
Monday afternoon. You start, as Sam advised, with the friendliest. # scene: office # time: 1
Le Bistrot du Marché, Mr Paul Girard, chef and owner. The most welcoming of your partners: he answers the same day, and he paid for the association’s end-of-year meal.
Work trials offered: 7. Completed: 2. Dropped in the first week: 5. Jobs: none.
The Bistrot’s commitments: a mentor promised for every placement, named once in seven; hours often given the day before.
You picture Mr Girard at the last jobs fair, apron on, handing out coffees to everyone. He told you: "Send me whoever you like."
{feedback:
  Feedback from the people placed: 2 out of 5. "The chef’s nice, but nobody showed me what my job was."
- else:
  Feedback from the people placed: not collected.
}
+ [To improve: the welcome is warm, but the work trials fail]
  You tick "to improve". You think of the end-of-year meal, and feel a little ungrateful. # score: evaluation +2 You judged on results and commitments, not on liking: that is the very principle of a partnership audit.
  ~ sound = sound + 1
+ [Fruitful: a partner this available and this warm is rare]
  You tick "fruitful". Sam nods approvingly from across the room. # score: evaluation -2 Two trials completed out of seven, no jobs: judging this partnership on affinity misses what it needs to improve.
- Now to decide what happens next. Sam, back for a pen, is waiting for your answer.
+ [Renew it as it is: he means well, it will work out in the end]
  Nothing changes for next year. # score: evaluation -2 Renewing unchanged a partnership whose results are poor means giving up on adjusting it.
+ [Renegotiate: a named mentor, hours given a week ahead, a mid-trial check, a review in six months]
  You draft a proposed agreement, short and precise. # score: evaluation +2 A precise agreement, with checkable commitments and a review date, gives the partnership a real chance to improve.
  ~ bistrot_deal = true
  ~ sound = sound + 1
+ [End it: seven work trials, no jobs, that’s enough]
  You note: "partnership ended". You lose the only restaurant in the network. # score: evaluation -1 Breaking off with a willing partner without first proposing a precise agreement throws away a possible correction.
- -> toques

=== toques ===
Tuesday morning. The thickest file in the pile, and the one you least wanted to open. # scene: office # time: 1
Les Toques de Valmoran, Ms Hélène Leroy. A centre known to be hard to reach.
Referrals: 8. Started the cookery certificate: 6. Still training or qualified to date: 5.
Average response time: 12 days. In November, an application file went missing at their end; on the phone, Ms Leroy was curt.
The centre’s commitments: session timetable kept, reserved places always honoured.
{feedback:
  Feedback from the people referred: 4.5 out of 5. "Demanding, but you really learn a trade."
- else:
  Feedback from the people referred: not collected.
}
You remember that November call. You hung up furious, and Sam said: "With her, it’s always complicated." The centre in the county town answers within two days, but it is forty kilometres away.
+ [To rethink: twelve days to answer and a lost file is too much]
  You tick "to rethink". It feels good. # score: evaluation -2 Five people out of eight training or qualified: judging this partner on one incident and a difficult manner makes you forget its excellent results.
+ [Fruitful: excellent results, with one point to improve, responsiveness]
  You tick "fruitful", with a reservation about response times. # score: evaluation +2 You judged on results and commitments kept, naming precisely what must improve: one incident does not sum up a year.
  ~ sound = sound + 1
- And for next year?
+ [Keep the centre, and agree on a single contact and a five-day response time]
  You prepare the proposal. Ms Leroy doesn’t like constraints, but she does like things to be clear. # score: evaluation +2 Keeping what works and renegotiating precisely what is stuck: that is the readjustment the course asks for.
  ~ cfp_kept = true
  ~ sound = sound + 1
+ [Refer people from now on to the centre in the county town, forty kilometres away, which answers faster]
  You note the change. Your beneficiaries will have to travel forty kilometres. # score: evaluation -2 Dropping a partner with excellent results after one incident is judging on mood: the people you refer pay the price.
- -> tremplin

=== tremplin ===
Tuesday afternoon. You have worked with Tremplin for six years; you thought you knew this file by heart. # scene: office # time: 1
Tremplin Stages, Mr Julien Roux.
Referrals: 11. Placements found: 6. In the first half-year, 5 out of 6; in the second, 1 out of 5.
Average response time: 3 days. Tremplin’s commitments: all kept.
Relais Insertion’s commitments: to send candidates’ profiles a fortnight before each placement session. In the second half-year, four sendings out of five were late. Two employers’ breakfasts cancelled at your end.
The second half-year was Claire’s leave and the files piling up. You remember thinking: "Tremplin will manage."
{feedback:
  Feedback from the people referred: 4 out of 5. "Mr Roux prepared me for the interview like nobody else."
- else:
  Feedback from the people referred: not collected.
}
+ [Fruitful: the second-half drop follows our own broken commitments]
  You tick "fruitful". The line about delays stings: that was your team. # score: evaluation +2 You read the commitments on both sides: Tremplin’s results fell when Relais Insertion stopped keeping its own. An audit also measures your own share.
  ~ sound = sound + 1
+ [To improve: one placement in five in the second half-year, Tremplin is running out of steam]
  You tick "to improve". # score: evaluation -2 Judging the partner on its results alone, without reading your own broken commitments, blames it for your delays: reciprocity is measured on both sides.
- And for next year?
+ [Reduce referrals to Tremplin until they pick up again]
  You note: "referrals reduced". # score: confiance -2 Cutting back a partner for results that depended on your own commitments makes it pay for your delays: trust rests on reciprocity.
+ [Renew it as it is: the good results will come back]
  Nothing changes, neither at their end nor at yours. # score: confiance -1 Renewing without correcting your own delays leaves the partner to carry the effort alone: trust is rebuilt through commitments kept.
+ [Renew it, setting your own commitments: profiles sent a fortnight ahead, a named contact at your end, your presence at the breakfasts]
  You write down what Relais Insertion will do, with dates. # score: confiance +2 Putting your own commitments right first, with dates you can keep: trust rests on reciprocity and promises kept.
  ~ tremplin_fix = true
- -> roule

=== roule ===
Wednesday morning, coffee in hand. The next file fits on two pages. # scene: office # time: 1
Roule ma Poule, mobility platform, Mr Yann Le Gall. A partner only since March.
Referrals: 3. Solutions found: 3, one low-cost scooter hire and two driving-licence support plans.
Average response time: 2 days. Commitments kept.
In your own records: this year, four new registrations in ten cite transport as a barrier, twice as many as last year. The Val bus line lost two stops in September.
You barely know Mr Le Gall: you met him once, when the first referral was signed. His file is the thinnest in the pile.
{feedback:
  Feedback from the people referred: 4.8 out of 5. "Without the scooter, I couldn’t have taken the job."
- else:
  Feedback from the people referred: not collected.
}
+ [Fruitful, and more and more necessary: the beneficiaries’ needs are shifting towards mobility]
  You tick "fruitful", and underline the line about transport. # score: evaluation +2 You linked the partnership to how people’s needs are changing: that is what should guide the network’s readjustment.
  ~ sound = sound + 1
+ [A minor partner: three referrals in a year is marginal]
  You tick "minor". # score: evaluation -2 Volume isn’t everything: three successes out of three, on a need that is doubling, make this partner a priority.
- And for next year?
+ [Leave it as it is: we’ll see next year whether it grows in importance]
  Nothing changes. # score: evaluation -1 Waiting a year when the need for mobility is already doubling means readjusting the network a step behind.
+ [Develop it: a formal agreement, a monthly drop-in at your office, a seat at the monthly meeting]
  You sketch out the agreement. Mr Le Gall will be delighted. # score: evaluation +2 Readjusting the network to changing needs, by developing the partner that meets them: that is the purpose of the audit.
  ~ mobilite_dev = true
  ~ sound = sound + 1
- -> rpe

=== rpe ===
Wednesday afternoon. Sam comes back, sandwich in hand, and reads over your shoulder. # scene: office # time: 1
The Relais Petite Enfance, Ms Aïcha Benson.
Referrals: 9. Childcare solutions found: 7. Average response time: 2 days. Commitments kept on both sides.
The two unresolved situations: restaurant hours, until 11 p.m. No childminder in the area covers them, and no nursery opens after 7 p.m.
{feedback:
  Feedback from the people referred: 4.2 out of 5. "She found me a childminder in a week."
- else:
  Feedback from the people referred: not collected.
}
Two failures out of nine. You could put a bit of pressure on them, couldn’t you? # speaker: sam
+ [Rate the RPE "to improve" for the two unresolved situations]
  You tick "to improve". # score: evaluation -2 Blaming the RPE for a gap in the area’s childcare provision, which it cannot fill alone, is judging a partner outside its remit.
+ [Rate it fruitful, renew it as it is, and take the question of atypical hours to the monthly meeting]
  You tick "fruitful", and add an item for the next meeting. # score: evaluation +2 Keeping what works, and dealing with a gap in the area where it can be dealt with, with the whole network: that is readjusting without picking the wrong target.
  ~ sound = sound + 1
- -> jardins

=== jardins ===
Thursday morning. The last file, and the name that comes up most often in the network’s conversations. # scene: office # time: 1
Les Jardins de Valmoran, work-integration site, Mr Bruno Vidal.
Referrals: 5. Started on the site: 4. Moved into jobs: 2. Dropped out: 2, both linked to a threat of eviction.
Average response time: 3 days. Commitments kept.
In October, Mr Vidal posted a scathing message about the CCAS in the shared channel. Ms Caron still mentions it.
{feedback:
  Feedback from the people referred: 3.8 out of 5. "Real work at last, but my mind was elsewhere with my housing."
- else:
  Feedback from the people referred: not collected.
}
+ [To improve: keep the site, and add a joint assessment with the CCAS before each start]
  You note the proposal. # score: evaluation +2 Both drop-outs have the same cause: the readjustment targets that precise cause, without touching what works.
  ~ sound = sound + 1
+ [End the partnership: a public message like that is unacceptable]
  You note: "partnership ended". # score: evaluation -2 Breaking off over one message, however clumsy, is judging on an incident rather than on a year of results.
+ [Fruitful: two moves into jobs, nothing to change]
  You tick "fruitful". # score: evaluation -1 Both drop-outs have the same cause, housing: changing nothing lets the same problem happen again.
- ~ feedback = false
-> synthese

=== synthese ===
Friday morning. The summary table is ready: six partners, six assessments, six adjustments. # scene: office
Nadia runs through it in silence, then puts her finger on one column.
The column with our own commitments is the one partners will look at first. Don’t forget an audit works both ways. # speaker: nadia
You read it through one last time: the figures, the commitments, the people’s words. Now the partners need to hear the conclusions.
+ [Send the whole table, with everyone’s assessment, to all the partners in a single email]
  It’s quick and transparent. The email goes at 10 a.m. At 10.20, your phone rings. # score: communication -2 A ranking sent to everyone puts each partner on display in front of the others: conclusions are told to each partner, with the facts that concern them.
  ~ tell = 1
+ [Meet or call each partner to present its figures and the proposed adjustment, then present a summary, with no ranking, at the monthly meeting]
  You book your appointments, one by one. # score: communication +2 Telling each partner what works and what must change, with the facts, then sharing the summary with the whole network: that is open communication.
  ~ tell = 2
+ [Send nothing: the report is for the Département]
  The report goes to the Département. The partners know nothing. # score: communication -2 An audit whose conclusions the partners never hear cannot change anything: each one needs to know what works and what must improve.
- -> girard

= girard
{tell:
- 1:
  It’s Mr Girard. He has read the table.
- 2:
  First appointment: Mr Girard, at the Bistrot, between two services. He pours you a coffee without asking.
- else:
  At the market, Mr Girard stops you outside his restaurant.
}
~ tell = 0
So, this review? I take it all’s well between us! # speaker: bistrot # mood: happy
+ [Present the figures as they are, and what you propose]
  {bistrot_deal:
    "Two trials completed out of seven, no jobs. I’m proposing a named mentor and the hours a week ahead." He takes the blow, then: "My sous-chef, Lucie, would make a good mentor." # trust: bistrot +5 # score: communication +2 Saying the results clearly, even to a partner you like, is the only way to let them improve.
  - else:
    "Two trials completed out of seven, no jobs." He takes the blow. "You could have told me sooner." # score: communication +2 Saying the results clearly, even to a partner you like, is the only way to let them improve.
  }
+ [Tell him all is well, with a few small tweaks]
  "All’s well, a few small tweaks." He shakes your hand, delighted. Nothing will change. # trust: bistrot +5 # score: communication -2 Keeping quiet about poor results to protect a good relationship deprives the partner of what it needs to know: open communication also says what is wrong.
- ~ bistrot_deal = false
-> roux

= roux
Then Mr Roux, from Tremplin, in his small office above the town hall annexe. On the wall, the timetable of placement sessions, with your delays highlighted in yellow.
Honestly, we had a hard time in the second half-year. We felt we were rowing alone. # speaker: tremplin # mood: sad
+ [Put the drop down to the context: fewer placements on offer this year]
  "It’s been a hard year for everyone." He nods, politely. He knows exactly when the profiles arrived. # trust: tremplin -5 # score: confiance -2 Hiding behind the context when your own commitments were not kept damages trust: reciprocity starts with owning your share.
+ [Acknowledge that the drop follows your delays, and tell him what you are changing]
  {tremplin_fix:
    "Our profiles arrived late, that’s on us. From January: profiles a fortnight ahead, a named contact, and we’ll be at the breakfasts." He smiles for the first time. # trust: tremplin +15 # score: confiance +2 Acknowledging your broken commitments and saying what changes, with dates: that is how trust is restored.
  - else:
    "Our profiles arrived late, that’s on us." He waits for what comes next; you have nothing planned. # trust: tremplin +5 # score: confiance +2 Acknowledging your broken commitments is the first step to restoring trust.
  }
- ~ tremplin_fix = false
-> leroy

= leroy
Finally, Ms Leroy, from Les Toques de Valmoran, on the phone.
{cfp_kept:
  Five days to answer, fine. But what will you commit to at your end? Half your files arrive incomplete. # speaker: cfp_cuisine # trust: cfp_cuisine +5
- else:
  You’re referring people to the county town now? Very well. But if you ever come back, what will you commit to? # speaker: cfp_cuisine # mood: annoyed # trust: cfp_cuisine -10
}
You know that in September the team can’t deal with everything within two days.
+ [Complete files, with a checklist of documents agreed together, at the latest ten days before each session]
  "Noted. Ten days, you can manage that?" You confirm. She hangs up, almost friendly. # trust: cfp_cuisine +5 # score: confiance +2 A realistic commitment your team can keep is worth more than a dazzling promise: trust rests on agreements respected.
+ [Complete files, always sent within forty-eight hours]
  "Forty-eight hours? I’ll hold you to that." You already know September will be hard. # trust: cfp_cuisine +5 # score: confiance -2 Promising a turnaround the team won’t manage in September sets up a disappointment: only commit to what you can keep.
- ~ cfp_kept = false
-> prochain

= prochain
{mobilite_dev:
  At the end of the day, you call Mr Le Gall to present your draft agreement.
  A drop-in at your office, a seat at the monthly meeting? I’ll sign straight away. # speaker: mobilite # mood: happy # trust: mobilite +10
}
~ mobilite_dev = false
Last line of the report: what comes next. Some agreements will change, others won’t, and nothing yet says your adjustments will hold.
+ [Next audit in a year, as usual]
  You write: "Next audit: next December." # score: evaluation -1 Renegotiated partnerships need an interim review: waiting a year to check an agreement lets it wear away.
+ [An interim review at six months for the renegotiated partnerships, at the June monthly meeting, and the annual audit in December]
  You put both dates in the shared calendar. # score: evaluation +2 Evaluating regularly, with an interim review to check agreements, lets you readjust in time: that is what the course recommends.
  ~ sound = sound + 1
+ [No date: we’ll do another audit if a problem comes up]
  You leave the line blank. # score: evaluation -2 Only evaluating in a crisis lets partnerships drift: evaluation is done regularly.
- -> fin

=== fin ===
Nadia reads the report through at the end of the day.
{
- sound >= 9 && trust("tremplin") >= 60 && trust("cfp_cuisine") >= 50:
  -> ajuste
- sound >= 6:
  -> inegal
- else:
  -> facade
}

= ajuste
Facts, precise agreements, and everyone knows where they stand. The Département will like it, but above all, so will our partners. # speaker: nadia # mood: happy
In January, Ms Leroy answers within four days. Mr Roux gets the profiles on time, and the placements pick up again.
{trust("mobilite") >= 55:
  Roule ma Poule holds its first drop-in at your office, and six people turn up on the first morning.
}
In June, at the interim review, everyone arrives with their figures. Nobody feels judged: everyone knows what they committed to.
Your audit kept what worked, repaired what was stuck, and owned your own share. The network comes out of the year stronger. # end
-> END

= inegal
It’s a good start. But some judgements owe more to mood than to figures, and some partners are still waiting to hear what we will do ourselves. # speaker: nadia # mood: neutral
In the spring, some of the adjustments bear fruit. Other partnerships carry on as before, with the same difficulties, and the same people dropping out.
A useful but uneven audit: the interim review will have to correct what was judged too quickly. # end
-> END

= facade
We judged the ones we like and punished the ones who annoy us. That’s not an audit, it’s a mood report. # speaker: nadia # mood: worried
In the spring, the agreements that should have changed haven’t, and the most effective partners are keeping their distance. At the Département, people ask why Relais Insertion’s figures aren’t moving.
A façade audit: it will have to be redone, starting from the facts and from the views of the people supported. # end
-> END
