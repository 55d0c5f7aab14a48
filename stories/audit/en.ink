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
It’s time for the annual audit of our partnerships: spotting the collaborations that work, and the ones that need to improve. The Département will read it in our activity report. # speaker: nadia # term: audit
The software has pulled out the year’s figures for each partner: referrals, outcomes, response times, commitments kept on either side. # speaker: nadia
For each one, you give an assessment, fruitful, to improve or to rethink, and you propose an adjustment. We’re judging collaborations, not people. # speaker: nadia
Do you also want the views of the people we referred? They’d need calling on Monday morning, with Sam: half a day on the phone. Only, Monday morning is Tremplin’s employers’ breakfast. # speaker: nadia
Relais Insertion cancelled the last two. You can’t be in both places.
+ [Not this year: the figures will do, and on Monday, off to Tremplin]
  On Monday morning, Mr Roux greets you with an "At last!" and introduces you to three employers. The audit will go ahead without the people’s views. # trust: tremplin +5 # score: evaluation -2 The views of the people supported are part of the facts of an audit: without them, you judge a partnership without knowing what it brings to those it serves. # score: confiance +1 Going to Tremplin’s breakfast after two cancellations is keeping a commitment: reciprocity is also shown by turning up.
+ [Call them on Monday with Sam, and tell Mr Roux you won’t be coming]
  On the phone, Mr Roux pauses: "Again? Fine." Sam has already pulled out the list of forty numbers. # trust: tremplin -5 # score: evaluation +2 An audit rests on facts and on the beneficiaries’ views: that is what lets you judge what a partnership really brings them.
  ~ feedback = true
  ~ sound = sound + 1
- {feedback:
  -> appels
}
-> dossiers

= appels
Before the first call, Sam hands you his sheet.
I’ve made a column for the name and one for what they say, word for word. That’ll make great quotes for the Département. # speaker: sam
+ [Note their words and their names: we’ll know whom to call back if need be]
  You reach twenty-eight people and fill in Sam’s sheet: twenty-eight names, twenty-eight views, and a few confidences about their lives. # score: ethique -2 The GDPR asks you to collect only what serves the stated purpose, and to tell people what will be done with their words: a name beside every confidence is more than the audit needs. # score: evaluation +1 Being able to go back to someone to clarify their view makes the feedback more solid.
+ [Tell each person why you’re calling, that they may say no, and note only their view]
  You reach twenty-eight people; three prefer not to answer. For the others, you note the partner, a score and a sentence, with no name; when a sentence strikes you, you ask whether you may quote it without naming them. # score: ethique +2 Stating the purpose, leaving people free to answer, keeping only their view and asking before quoting them: that is what the GDPR (purpose, minimisation) and respect for the person require. # score: evaluation +1 People who know what will be done with their view give it more frankly: the feedback gains from it.
+ [Send them an anonymous online questionnaire instead: it’s more discreet]
  Six answers out of forty. The others didn’t open the link, or couldn’t fill it in. # score: ethique +1 An anonymous questionnaire keeps only the view, with nothing that could identify the person. # score: evaluation -1 Six answers out of forty, and only from those who read their emails: feedback gathered this way says little about what people go through.
- -> dossiers

= dossiers
You spread the six files out on the table. Behind every figure there are faces: people you have referred, partners you call by their first names.
Sam glances at the folder as he passes.
Start with the Bistrot! Paul’s our best partner, everyone loves him. # speaker: sam
You open the files one by one. Each will take you half a day.
-> bistrot

=== bistrot ===
Monday afternoon. You start, as Sam advised, with the friendliest. # scene: office # time: 1
Le Bistrot du Marché, Mr Paul Girard, chef and owner. The most welcoming of your partners: he answers the same day, and he paid for the association’s end-of-year meal.
Work trials in a company (PMSMP, prescribed at your request by France Travail or the mission locale): 7. Completed: 2. Dropped out in the first week: 5. Jobs: none. # term: pmsmp
What the Bistrot had promised: a named mentor for every person it took on. It named one once in seven, and the hours often came the day before. # pledge: bistrot 1 Name a mentor for every person taken on for a work trial # pledge_broken: bistrot
You picture Mr Girard at the last jobs fair, apron on, handing out coffees to everyone. He told you: "Send me whoever you like."
{feedback:
  Feedback from the people placed: 2 out of 5. "The chef’s nice, but nobody showed me what my job was."
- else:
  Feedback from the people placed: not collected.
}
+ [Fruitful: a partner this available and this generous is rare]
  You tick "fruitful". Sam nods approvingly from across the room. # score: evaluation -2 Two trials completed out of seven, no jobs, a commitment not kept: judging this partnership on affinity misses what it needs to improve.
+ [To improve: a warm welcome, but work trials that end early]
  You tick "to improve". You think of the end-of-year meal, and feel a little ungrateful. # score: evaluation +2 You judged on results and commitments, not on liking: that is the very principle of a partnership audit.
  ~ sound = sound + 1
- Sam reads the line about the mentor over your shoulder.
Paul has too much on, that’s all. I can have a word with him. Or you put it in the report, and the Département will see who keeps their word. # speaker: sam
+ [Put it as it is in the report to the Département: it’s a fact, it belongs there]
  You add the line: "Mentoring commitment not kept." Mr Girard will find out from the Département. # score: evaluation +1 Recording a commitment not kept, with the figures, makes the audit accurate. # score: confiance -2 Learning from the funder that you didn’t keep your word, without being told first, is being called into question behind your back: mutual trust means telling the partner first.
+ [Let Sam have a word with him over coffee, since he knows him so well]
  Sam comes back the next day: "Sorted, I told him. He laughed." You don’t know what he heard. # score: confiance +1 Going through a colleague he likes spares the relationship. # score: communication -1 A second-hand message slipped in over coffee states neither the facts nor what is expected: whoever carries out the audit should say it themselves.
+ [Call him: the promised mentor was there only once, what got in the way?]
  A silence, then: "Since March I’ve been a kitchen assistant short. The mentor was always me, and I didn’t have the time. I should have told you." # speaker: bistrot # mood: sad # score: confiance +2 Telling the partner, without reproach, that a commitment wasn’t kept, and asking why: the relationship stays open, and you learn what the figures didn’t say.
- Now to decide what happens next year.
+ [Renegotiate: a named mentor, the hours known a week ahead]
  You draft a proposed agreement, short and precise, with a review in six months. # score: evaluation +2 A precise agreement, with checkable commitments and a review date, gives the partnership a real chance to improve.
  ~ bistrot_deal = true
  ~ sound = sound + 1
+ [Renew it as it is: he means well, the results will come in the end]
  Nothing changes for next year. # score: evaluation -2 Renewing unchanged a partnership whose results are poor means giving up on adjusting it.
+ [End it: seven work trials and not one job, that’s enough]
  You note: "partnership ended". You lose the only restaurant in the network. # score: evaluation -1 Breaking off with a willing partner without first proposing a precise agreement throws away a possible correction.
- -> toques

=== toques ===
Tuesday morning. The thickest file in the pile, and the one you least wanted to open. # scene: office # time: 1
Les Toques de Valmoran, Ms Hélène Leroy, head of admissions. A centre known to be hard to reach.
Referrals: 8. Started the CAP cuisine (the cookery certificate): 6. Still training or qualified to date: 5.
Average response time: 12 days. In November, an application file went missing at their end; on the phone, Ms Leroy was curt.
What the centre had promised: two places reserved at every session for the people you refer. Promise kept at every session. # pledge: cfp_cuisine 1 Reserve two places at every session for the people referred # pledge_kept: cfp_cuisine
{feedback:
  Feedback from the people referred: 4.5 out of 5. "Demanding, but you really learn a trade."
- else:
  Feedback from the people referred: not collected.
}
You remember that November call. You hung up furious, and Sam said: "With her, it’s always complicated." Another centre, in the county town, answers within two days, but it is forty kilometres away.
+ [To rethink: twelve days to answer, a lost file and a frosty reception]
  You tick "to rethink". It feels good. # score: evaluation -2 Five people out of eight training or qualified, reserved places always honoured: judging this partner on one incident and a difficult manner makes you forget its excellent results.
+ [Fruitful: good results, with one point to improve, responsiveness]
  You tick "fruitful", with a reservation about response times. # score: evaluation +2 You judged on results and commitments kept, naming precisely what must improve: one incident does not sum up a year.
  ~ sound = sound + 1
- And for next year?
+ [Keep the centre, with a single contact and an answer within five days]
  You prepare the proposal. Ms Leroy doesn’t like constraints, but she does like things to be clear. # score: evaluation +2 Keeping what works and renegotiating precisely what is stuck: that is the readjustment the course asks for.
  ~ cfp_kept = true
  ~ sound = sound + 1
+ [Refer people from now on to the county-town centre, which answers in two days, even forty kilometres away]
  You note the change. Your beneficiaries will have to travel forty kilometres. # score: evaluation -2 Dropping a partner with excellent results after one incident is judging on mood: the people you refer pay the price.
- -> tremplin

=== tremplin ===
Tuesday afternoon. You have worked with Tremplin for six years; you thought you knew this file by heart. # scene: office # time: 1
Tremplin Stages, Mr Julien Roux.
Referrals: 11. Placements found: 6. In the first half-year, 5 out of 6; in the second, 1 out of 5.
Average response time: 3 days. What Tremplin had promised: to prepare every candidate for the interview. Promise kept, every time. # pledge: tremplin 1 Prepare every candidate for their interview # pledge_kept: tremplin
What Relais Insertion had promised: to send candidates’ profiles a fortnight before each placement session. In the second half-year, four of the five batches were late. Two employers’ breakfasts cancelled at your end.
The second half-year was Claire’s leave and the files piling up. You remember thinking: "Tremplin will manage."
{feedback:
  Feedback from the people referred: 4 out of 5. "Mr Roux prepared me for the interview like nobody else."
- else:
  Feedback from the people referred: not collected.
}
+ [Fruitful: the second-half drop follows our own delays]
  You tick "fruitful". The line about delays stings: that was your team. # score: evaluation +2 You read the commitments on both sides: Tremplin’s results fell when Relais Insertion stopped keeping its own. An audit also measures your own share.
  ~ sound = sound + 1
+ [To improve: one placement in five in the second half-year, Tremplin is running out of steam]
  You tick "to improve". # score: evaluation -2 Judging the partner on its results alone, without reading your own broken commitments, blames it for your delays: reciprocity is measured on both sides.
- And for next year? Claire is back in January, but the team is still stretched.
+ [Reduce referrals to Tremplin while our team catches up]
  You note: "referrals reduced in the first half-year". Tremplin knows nothing of it yet. # score: evaluation +1 Matching the volume to the resources really available is an honest readjustment. # score: confiance -1 Cutting back on your own what a partner that kept all its commitments receives, without talking it over with them, makes them pay for your delays.
+ [Renew it as it is, with a note of apology to Mr Roux for the delays]
  You write the note of apology. Nothing else changes, neither at their end nor at yours. # score: confiance +1 Acknowledging your delays to the partner is a first step. # score: evaluation -1 An apology without changing anything in how you work leaves the same causes to produce the same delays: readjusting means correcting what went wrong.
+ [Renew it, setting our own commitments: profiles a fortnight ahead, a named contact]
  You write down what Relais Insertion will do, with dates, and who is in charge of it. # score: confiance +2 Putting your own commitments right first, with dates you can keep: trust rests on reciprocity and promises kept.
  ~ tremplin_fix = true
- -> roule

=== roule ===
Wednesday morning, coffee in hand. The next file fits on two pages. # scene: office # time: 1
Roule ma Poule, mobility platform, Mr Yann Le Gall. A partner only since March.
Referrals: 3. Solutions found: 3, one low-cost scooter hire and two driving-licence support plans.
Average response time: 2 days. Commitments kept.
In your own records: this year, four in ten newly registered people cite transport as a barrier, twice as many as last year. The bus line to the hamlets lost two stops in September.
You barely know Mr Le Gall: you met him once, when the first referral was signed. His file is the thinnest in the pile.
{feedback:
  Feedback from the people referred: 4.8 out of 5. "Without the scooter, I couldn’t have taken the job."
- else:
  Feedback from the people referred: not collected.
}
+ [A minor partner: three referrals in a year is not much to speak of]
  You tick "minor". # score: evaluation -2 Volume isn’t everything: three successes out of three, on a need that is doubling, make this partner a priority.
+ [Fruitful, and more and more useful: transport is becoming a major barrier]
  You tick "fruitful", and underline the line about transport. # score: evaluation +2 You linked the partnership to how people’s needs are changing: that is what should guide the network’s readjustment.
  ~ sound = sound + 1
- And for next year?
+ [Develop it: a formal agreement, a monthly drop-in at our office]
  You sketch out the agreement, with a seat for Mr Le Gall at the monthly meeting. # score: evaluation +2 Readjusting the network to changing needs, by developing the partner that meets them, together with it: that is the purpose of the audit.
  ~ mobilite_dev = true
  ~ sound = sound + 1
+ [Refer everyone who cites transport to it, from January]
  You note: "transport: refer to Roule ma Poule". Some forty people, for a team of two. # score: evaluation +1 You read the rising need in your own figures. # score: confiance -1 Multiplying by ten the referrals to a small partner, without asking what it can take on, wears it out: a partnership is developed together with the partner.
+ [Leave it as it is: we’ll see next year whether it grows in importance]
  Nothing changes. # score: evaluation -1 Waiting a year when the need for mobility is already doubling means readjusting the network a step behind.
- -> rpe

=== rpe ===
Wednesday afternoon. Sam comes back, sandwich in hand, and reads over your shoulder. # scene: office # time: 1
The Relais Petite Enfance (the local childminding information service) of the communauté de communes, Ms Aïcha Benson.
Referrals: 9. Childcare solutions found: 7. Average response time: 2 days. Commitments kept on both sides.
The two unresolved situations: restaurant hours, until 11 p.m. No childminder in the area covers them, and no nursery opens after 7 p.m.
{feedback:
  Feedback from the people referred: 4.2 out of 5. "She found me a childminder in a week."
- else:
  Feedback from the people referred: not collected.
}
Two failures out of nine. You could put a bit of pressure on them, couldn’t you? # speaker: sam
+ [Rate it "to improve" for the two families left without a childcare solution]
  You tick "to improve". # score: evaluation -2 Blaming the Relais Petite Enfance for a gap in the area’s childcare provision, which it cannot fill alone, is judging a partner outside its remit.
+ [Rate it fruitful, and take evening hours to the monthly meeting]
  You tick "fruitful", and add an item for the next meeting. # score: evaluation +2 Keeping what works, and dealing with a gap in the area where it can be dealt with, with the whole network: that is readjusting without picking the wrong target.
  ~ sound = sound + 1
- -> jardins

=== jardins ===
Thursday morning. The last file, and the name that comes up most often in the network’s conversations. # scene: office # time: 1
Les Jardins de Valmoran, work-integration site, Mr Bruno Vidal, supervisor.
Referrals: 5. Started on the site: 4. Moved into jobs: 2. Dropped out: 2, both linked to a threat of eviction.
Average response time: 3 days. Commitments kept.
In October, Mr Vidal posted a scathing message about the CCAS in the shared channel. Ms Caron still mentions it.
{feedback:
  Feedback from the people referred: 3.8 out of 5. "Real work at last, but my mind was elsewhere with my housing."
- else:
  Feedback from the people referred: not collected.
}
+ [To improve: keep the site, and plan a joint assessment with the CCAS]
  You note the proposal: an assessment shared with the CCAS before each start. # score: evaluation +2 Both drop-outs have the same cause: the readjustment targets that precise cause, without touching what works.
  ~ sound = sound + 1
+ [End the partnership: a public message like that is out of bounds]
  You note: "partnership ended". # score: evaluation -2 Breaking off over one message, however clumsy, is judging on an incident rather than on a year of results.
+ [Fruitful: two moves into jobs out of four starts, nothing to change]
  You tick "fruitful". # score: evaluation -1 Both drop-outs have the same cause, housing: changing nothing lets the same problem happen again.
- -> synthese

=== synthese ===
Friday morning. The summary table is ready: six partners, six assessments, six adjustments. # scene: office
Nadia runs through it in silence, then puts her finger on the commitments column.
The column with our own commitments is the one partners will look at first. Don’t forget an audit works both ways: that’s what reciprocity means. # speaker: nadia # term: reciprocite
Another thing: the Département would like the detail, line by line, as an appendix. For each person referred, their name, the partner, what became of them. # speaker: nadia
On your screen, the file of the forty referrals. It’s the funder, and it expects the report on the 15th.
+ [Send the file as it is: it’s the funder who pays, and it’s the funder asking for it]
  The file goes as an appendix, with forty names. # score: ethique -3 An activity report doesn’t need to know who is who: the GDPR requires a precise purpose and only the data it needs (minimisation). Reports to funders are anonymised. # score: evaluation +1 The line-by-line detail lets the funder follow closely the work it pays for.
+ [Send the file with initials in place of the names]
  The file goes with initials. In a town of thirty thousand, "I. D., 24, CAP cuisine" hides no one. # score: ethique -1 Initials, an age and a pathway are enough to recognise someone: that is not anonymisation. Reports to funders contain nothing that could identify a person. # score: evaluation +1 The line-by-line detail lets the funder follow closely the work it pays for.
+ [Send the figures per partner, and ask the DPO what may be given]
  The federation’s data protection officer answers within the hour: under the GDPR, an activity report makes do with aggregated, anonymised figures; he explains it to the Département himself. # term: dpo # term: rgpd # score: ethique +2 You applied the GDPR (one purpose, only the data it needs) and consulted the DPO: reports to funders are anonymised.
- {feedback:
  -> citations
}
-> dire

= citations
Nadia rereads the page on the people’s views.
A quote speaks louder than an average. Put their sentences in, with the first name: the Département loves that. # speaker: nadia
+ [Quote their sentences with the first name and the partner: that’s what speaks]
  Seven sentences, seven first names. At the Département, a project officer recognises "Kevin, from the Jardins": he’s her neighbour. # score: ethique -3 A first name and a partner are enough to recognise someone in a small town: quoting a person needs their agreement, and a report to the funder is anonymised (GDPR). # score: evaluation +1 Precise words give the report the voice of the people supported.
+ [Quote nobody: the averages will do, and nothing can go wrong]
  The report keeps only scores out of five. # score: ethique +1 Quoting nothing puts nobody at risk. # score: evaluation -1 Without their words, the report loses what the scores don’t say: why a work trial fails, what helped.
+ [Quote a few sentences, with no name or detail, from those who said yes]
  Four quotations, anonymised: no first name, no recognisable partner, and only from people who agreed. For the others, you call back, or you let it go. # term: anonymisation # score: ethique +2 Quoting someone needs their agreement; and in a report to the funder, nothing must make them recognisable: that is the anonymisation the GDPR requires. # score: evaluation +1 The report keeps the voice of the people supported, without exposing anyone.
- -> dire

= dire
Now the partners need to hear the conclusions. The Département expects the report on 15 December.
+ [Send the whole table to all the partners, in a single email, this evening]
  It’s quick, and everyone has the same information. The email goes at 6 p.m. The next morning at 9, your phone rings. # score: communication +1 All the partners get the same information at the same time. # score: confiance -2 A ranking sent to everyone puts each partner on display in front of the others: conclusions are told to each partner, with the facts that concern them.
  ~ tell = 1
+ [Hand in the report on the 15th, as planned, and see the partners in January]
  The report goes on the planned date. The partners will wait until January. # score: confiance +1 Keeping the date promised to the funder counts too. # score: communication -1 Partners who learn their assessment after the funder haven’t heard it from you: each one is told first what concerns them.
+ [See each partner first, and ask the Département for one more week]
  The Département agrees to the 22nd, without enthusiasm. You book your appointments, one by one. # score: communication +2 Telling each partner what works and what must change, with the facts, before the report goes: that is open communication. # score: confiance -1 Pushing back a date promised to the funder, even with notice, dents its trust a little.
  ~ tell = 2
- -> girard

= girard
{tell:
- 1:
  It’s Mr Girard. He has read the table.
- 2:
  First appointment: Mr Girard, at the Bistrot, between lunch and dinner service. He pours you a coffee without asking.
- else:
  At the market, Mr Girard stops you outside his restaurant.
}
~ tell = 0
So, this review? I take it all’s well between us! # speaker: bistrot # mood: happy
+ [Present the figures as they are, and what you propose]
  {bistrot_deal:
    "Two trials completed out of seven, no jobs. I’m proposing a named mentor and the hours a week ahead." He takes the blow, then: "My sous-chef, Lucie, would make a good mentor. From January." # pledge: bistrot 4 Name Lucie mentor of every person taken on, from January # trust: bistrot +5 # score: communication +2 Saying the results clearly, even to a partner you like, is the only way to let them improve.
  - else:
    "Two trials completed out of seven, no jobs." He takes the blow. "You could have told me sooner." # score: communication +2 Saying the results clearly, even to a partner you like, is the only way to let them improve.
  }
+ [Tell him all is well, with a few small tweaks to plan for next year]
  "All’s well, a few small tweaks." He shakes your hand, delighted. Nothing will change. # trust: bistrot +5 # score: communication -2 Keeping quiet about poor results to protect a good relationship deprives the partner of what it needs to know: open communication also says what is wrong.
- ~ bistrot_deal = false
-> roux

= roux
Then Mr Roux, from Tremplin, in his small office above the town hall annexe. On the wall, the timetable of placement sessions, with your delays highlighted in yellow.
Honestly, we had a hard time in the second half-year. We felt we were rowing alone. # speaker: tremplin # mood: sad
+ [Explain the drop by the context: there were fewer placements on offer this year]
  "It’s been a hard year for everyone." He nods, politely. He knows exactly when the profiles arrived. # trust: tremplin -5 # score: confiance -2 Hiding behind the context when your own commitments were not kept damages trust: reciprocity starts with owning your share.
+ [Acknowledge that the drop follows your delays, and say what changes]
  {tremplin_fix:
    "Our profiles arrived late, that’s on us. From January: profiles a fortnight ahead, a named contact, and we’ll be at the breakfasts." He smiles for the first time. # trust: tremplin +15 # score: confiance +2 Acknowledging your broken commitments and saying what changes, with dates: that is how trust is restored, through reciprocity.
  - else:
    "Our profiles arrived late, that’s on us." He waits for what comes next; you have nothing planned. # trust: tremplin +5 # score: confiance +2 Acknowledging your broken commitments is the first step to restoring trust.
  }
- ~ tremplin_fix = false
-> leroy

= leroy
Finally, Ms Leroy, from Les Toques de Valmoran, on the phone.
{cfp_kept:
  Five days to answer, fine, I commit to that. But what will you commit to at your end? Half your files arrive incomplete. # speaker: cfp_cuisine # pledge: cfp_cuisine 4 Answer applications within five days # trust: cfp_cuisine +5
- else:
  You’re referring people to the county town now? Very well. But if you ever come back, what will you commit to? # speaker: cfp_cuisine # mood: annoyed # trust: cfp_cuisine -10
}
You know that in September the team can’t deal with everything within two days.
+ [Complete files, always sent within forty-eight hours]
  "Forty-eight hours? I’ll hold you to that." You already know September will be hard. # trust: cfp_cuisine +5 # score: confiance -2 Promising a turnaround the team won’t manage in September sets up a disappointment: only commit to what you can keep.
+ [Complete files, with a checklist of documents agreed together, ten days before each session]
  "Noted. Ten days, you can manage that?" You confirm. She hangs up, almost friendly. # trust: cfp_cuisine +5 # score: confiance +2 A realistic commitment your team can keep is worth more than a dazzling promise: trust rests on agreements respected.
- ~ cfp_kept = false
-> suite

= suite
{mobilite_dev:
  At the end of the day, you call Mr Le Gall to present your draft agreement.
  A drop-in at your office, a seat at the monthly meeting? I’ll sign straight away. # speaker: mobilite # mood: happy # trust: mobilite +10
}
~ mobilite_dev = false
Nadia puts her head round the door.
For next year, what exactly do we track? The Département would like to know our indicators before January. # speaker: nadia
+ [Set them today: outcomes, delays, commitments on both sides, the people’s views]
  You send the list that evening. At the January meeting, Mr Vidal asks who chose these figures. # score: evaluation +1 Indicators that count commitments on both sides and the people’s views make the evaluation fair. # score: communication -1 Partners measured on indicators they never discussed simply put up with them: an indicator is built with those it measures.
+ [Build them with the partners at the January meeting, then send them]
  Nadia lets the Département know: the indicators will arrive at the end of January, agreed with the network. # score: communication +2 Building the indicators with the partners tells them what they will be judged on and lets you hear them: they will believe in them. # score: evaluation -1 One more month without agreed indicators is a month measured less well.
+ [The number of referrals, quite simply: that’s what the Département looks at]
  One column, one figure. The Département is pleased. # score: communication +1 A figure the funder understands is passed on without trouble. # score: evaluation -2 Counting referrals says neither what becomes of them, nor whether commitments are kept, nor what the people think: an audit judges on results.
- And the successes? Five people training at Les Toques, three on the road thanks to Roule ma Poule. We’ve never taken the time to say so. # speaker: nadia
+ [Open the January meeting with one success per partner, figures in hand]
  You prepare six sentences, one per partner, with no beneficiary’s name: what each made possible with the others, the synergy the figures don’t show. The agenda is full: one working item will slip to February. # term: synergie # score: confiance +2 Telling each partner what its work made possible, in front of the others, feeds trust and the network’s synergy. # score: evaluation -1 A working item put back a month will wait a month longer for its solution.
+ [A thank-you email to everyone, and keep the meeting for the problems]
  The email goes, warm and general. The January meeting goes straight to the working items. # score: evaluation +1 Keeping the meeting’s time for what is unresolved moves the readjustments forward. # score: confiance -1 A collective thank-you tells nobody what their work brought: recognition is part of trust.
+ [Celebrate nothing: those rated "to improve" would take it badly]
  January comes without a word about the year gone by. # score: confiance -1 Keeping quiet about successes to spare a few feelings deprives the whole network of what holds it together: trust also feeds on what works.
- Last line of the report: the date of the next review. Some agreements will change, others won’t, and nothing yet says your adjustments will hold.
+ [An audit every quarter, to keep a close eye on everyone]
  You write: "Quarterly audits." Nadia raises an eyebrow: "Four times a year, the same tables?" # score: evaluation +1 Evaluating often lets you react quickly. # score: confiance -1 Asking partners for their figures every three months is watching them more than working with them: trust needs a reasonable rhythm.
+ [An interim review in June for the renegotiated agreements, and the audit in December]
  You put both dates in the shared calendar, and announce them to each partner. # score: evaluation +2 Evaluating regularly, with an interim review to check agreements, lets you readjust in time: that is what the course recommends. # score: confiance +1 Telling each partner when and on what its commitments will be reviewed: nobody is caught by surprise.
  ~ sound = sound + 1
+ [The next audit in a year: the partners have filled in enough tables]
  You write: "Next audit: next December." # score: confiance +1 Not swamping partners with requests spares their time. # score: evaluation -2 Renegotiated agreements need an interim review: waiting a year to check them lets them wear away.
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
