INCLUDE ../lib/engine.ink

// The monthly meeting: prepare, communicate, use the shared channel, handle a conflict.
// Booleans are reset to false once they are no longer needed, to keep the state space modest.
VAR karim_heard = false
VAR pack_full = false
VAR on_agenda = false
VAR side_deal = false
VAR realistic = false
VAR mediation_offered = false
VAR escalated = false

-> preparation

=== preparation ===
Monday, 9 a.m., at Relais Insertion. On your desk, the partners’ folder and a cup of coffee already going cold. # scene: office
Thursday is the monthly meeting with our partners: the CCAS, Les Jardins de Valmoran, France Travail, Tremplin Stages, Les Toques de Valmoran and the mission locale. This time, you’re leading it. # speaker: nadia
We discuss the difficult cases and coordinate what we do, so that nobody finds things out by chance. Prepare the news to share, without saying too much about people. # speaker: nadia
You open a blank document: "Agenda". Two subjects stand out.
This month’s good news: Ms Dumas has started her cookery certificate. When she enrolled, she agreed that you could give news of her progress to the partners who support her. # consent: dumas
The difficult case: Mr Karim Haddad, 52, a former forklift driver, out of work for three years. He lives in a hamlet twelve kilometres away, with no car. The CCAS is helping him with debts; Les Jardins de Valmoran could take him on. Nobody is coordinating.
Sam leans round the door, his coat over his arm.
Put his whole file in the meeting pack: the divorce, the debts, everything. They’re all bound by confidentiality, and it’ll save us half an hour on Thursday. # speaker: sam
+ [Attach the whole file, as Sam suggests]
  You attach the entire file to the email sent to the partners. It’s complete, and it’s done. # share: karim ccas # share: karim jardins # score: ethique -1 Mr Haddad’s family history and debts went to every partner: share only what each one needs, and with the person’s agreement.
  Sam gives you a thumbs-up. You move on down the list, relieved to have one job done.
  ~ pack_full = true
  -> ordre_du_jour
+ [First call Mr Haddad, to find out what he is happy for you to say]
  -> appel_karim

=== appel_karim ===
You call Mr Haddad and explain what Thursday’s meeting is for: who will be round the table, and why you would like to talk about him there. # scene: phone # time: 1
Talk about me, fine, if it helps me get back to work. But my divorce and my debts are nobody’s business. The CCAS already handles my over-indebtedness file, that’s enough. # speaker: karim # mood: worried # need: karim social
What I want is to work. Three years I’ve been going round in circles. Only I haven’t got a car any more, and the first bus leaves at 8.40. # speaker: karim # need: karim emploi # need: karim mobilite
You agree together: to the group, his situation will be presented without his name; only the CCAS and Les Jardins will know it is him. # consent: karim # score: ethique +2 You told Mr Haddad what would be shared, with whom and why, and obtained his agreement: confidentiality is decided with the person.
You write down his words as he said them. They may come in useful.
~ karim_heard = true
-> ordre_du_jour

=== ordre_du_jour ===
Tuesday. Mr Vidal, the supervisor at Les Jardins de Valmoran, calls you. There’s a tractor in the background. # scene: phone
I’ve had four integration posts empty for two months. The CCAS keeps its people back "until their situation is stable". If I don’t fill them, the DDETS takes them away at the end of the year. # speaker: jardins # mood: annoyed
You understand me. Send me your long-term unemployed directly, without going through the CCAS, and that’s the end of it. # speaker: jardins
+ [Agree: work can’t wait, and he is right on the substance]
  You promise him your next candidates. He hangs up, delighted. # bond: ccas jardins -10 # score: conflits -2 Settling a disagreement behind the scenes with one partner means taking sides without hearing the other: the conflict comes back, worse.
  ~ side_deal = true
+ [Reassure him, and keep the subject out of the meeting so that it stays calm]
  You tell him things will sort themselves out. On Thursday you’ll talk about successes instead. # bond: ccas jardins -5 # score: conflits -2 Avoiding the subject to keep the peace lets the disagreement grow: a conflict is dealt with early, and openly.
+ [Put the question on Thursday’s agenda, and let Ms Caron know]
  You suggest discussing it on Thursday with the CCAS, then call Ms Caron so that she isn’t caught off guard. She thanks you for warning her. # score: conflits +2 Bringing the disagreement into an open discussion before it festers, and warning both parties, is the first tool of conflict management.
  ~ on_agenda = true
- -> canal

=== canal ===
Wednesday. The shared channel "reseau-valmoran" brings together some twenty professionals from the partner organisations. It’s where dates and available places are posted, and where people say who is doing what. # scene: channel # time: 1
You post the time and room for Thursday’s meeting. Mr Nguyen mentions two free places at a group information session on landscaping jobs. Then a message arrives.
Hello everyone. Does anyone have news of Ms Dumas? She hasn’t answered my calls for a fortnight. # speaker: mission_locale
+ [Answer her by phone, outside the channel]
  You just write: "I’ll call you within the hour." On the phone, you tell her that Ms Dumas has started her certificate and changed her number. # score: numerique +2 An individual situation is not discussed in front of twenty people: you chose the right recipient and the right route, and kept the channel for coordination. # score: ethique +1 Only the adviser who supports Ms Dumas got news of her: share with those who need it.
+ [Reply in the thread, in detail, so that everyone is up to date]
  You write a long message: the certificate, her son, the childminder, her new number. Twenty people read it. # score: numerique -2 A twenty-member channel is for coordinating, not for recounting a person’s situation: every message needs the right audience. # score: ethique -1 Ms Dumas’s family life was read by partners who do not support her: share only with those who need it.
- A little later, Mr Vidal posts in the general thread.
Four posts still empty at Les Jardins. If some partners referred people instead of wrapping them in cotton wool, we wouldn’t be here. # speaker: jardins # mood: annoyed
Ms Caron is bound to have read it. The channel goes quiet.
+ [Defend the CCAS publicly, point by point]
  You reply at length. Mr Vidal answers back. The thread grows longer before twenty colleagues. # bond: ccas jardins -5 # score: conflits -2 Arguing out a disagreement in public, and taking sides, hardens positions: a conflict is settled in discussion, not in a message thread.
+ [Reply briefly that the subject will be dealt with on Thursday, and write privately to Mr Vidal]
  "Important question: we’ll deal with it on Thursday, at the meeting, with the CCAS." Then, privately, you tell Mr Vidal that you have heard him. # score: numerique +2 The channel is for coordination; a disagreement goes to the meeting. You reset how the tool is used without humiliating anyone.
  ~ on_agenda = true
+ [Let it pass: replying would only add fuel to the fire]
  Nobody replies. The message stays there, at the top of the thread. # score: conflits -1 Leaving a public attack unanswered is avoiding the subject: the disagreement remains, and the CCAS feels alone.
- Mr Vidal then sends you a direct message.
Your channel’s heavy going. Let’s make a group on our phones, with the people who actually get things done. It’ll be quicker for talking about people. Shall I add you? # speaker: jardins
+ [Decline politely: the channel for coordination, the secure messaging for people]
  You decline. He grumbles, then admits he doesn’t fancy getting case files on a Sunday. # score: numerique +2 The shared channel coordinates, the association’s secure messaging carries what concerns people: each piece of information goes by the right route.
+ [Accept: it’s quicker, and everyone already has the app]
  So here you are in a group of six, on your personal phone. The first photos of documents arrive that same evening. # score: numerique -2 A personal messaging app escapes the association’s rules: some partners are left out, and people’s data circulates with no framework at all.
- Ms Leroy, from Les Toques de Valmoran, posts a flyer: an open day for the cookery certificate next Tuesday, with places in February. She asks partners to pass it on and to drop by.
+ [Add a thumbs-up: you’ll see next week]
  One more thumbs-up under the flyer. # score: confiance -1 Only showing up when you need a place weakens the link: trust is also built by supporting a partner’s own activities.
+ [Pass the flyer on to your beneficiaries and say you will come]
  You forward it to your beneficiaries and reply: "I’ll drop by on Tuesday morning." # score: confiance +2 Passing on a partner’s event and going to it is reciprocity: regular contact, not only when you need them.
- -> reunion

=== reunion ===
Thursday, 9.30. Six partners round the table, pastries, Nadia beside you. You hand out the agenda. # scene: meeting # time: 1
{pack_full:
  Before the round table, Ms Caron takes you aside.
  I received Mr Haddad’s whole file, divorce included. Did he agree? We never circulate that sort of thing. # speaker: ccas # mood: annoyed # trust: ccas -5
}
{side_deal:
  Mr Vidal announces, pleased, that Relais Insertion will now send him its candidates directly.
  Without going through us? Nobody told me. # speaker: ccas # mood: annoyed # trust: ccas -10 # bond: ccas jardins -5
}
~ pack_full = false
~ side_deal = false
Mr Nguyen, from France Travail, opens the round table.
Last month I sent you two job seekers for your CV workshop. I haven’t heard anything since. Did they come? # speaker: france_travail
+ [Give the facts: one came, the other never did, and you should have told him]
  "One is attending the workshop and has landed two interviews. The other never came, and I should have let you know. From now on, I’ll give you feedback within a week of every referral." # score: communication +2 Saying what became of a referral, even when it isn’t glowing, and offering regular feedback: that is open communication.
+ [Say they are doing well, and promise an update later]
  "They’re getting on, I’ll give you an update soon." Mr Nguyen makes a note, unconvinced. # score: communication -2 A vague answer after a referral leaves the partner in the dark: say what happened, including what didn’t work.
- Ms Lambert, Mr Roux and Ms Leroy, who support Ms Dumas with you, are waiting for news of her.
+ [Tell her whole story: it shows what the network can do]
  You tell them about school abandoned at fifteen to bring up her brothers and sisters, her mother’s restaurant, her little boy. The emotion is real. But Ms Caron and Mr Vidal, who do not support her, now know everything about her family. # score: ethique -2 The CCAS and Les Jardins do not support Ms Dumas: her family history was none of their business. Talk about the pathway, not about private life.
+ [Simply say that all is going well for her]
  "All’s going well." On to the next item. Nobody learns that her hours are a problem. # score: communication -1 An "all’s well" doesn’t let partners adjust what they do: open communication also covers what is stuck.
+ [Review her pathway: what has worked, and what is stuck]
  "She started the certificate in September. Thanks to Tremplin, a placement awaits her in March at Le Bistrot du Marché. One thing to sort out: the placement ends at 7 p.m., her son’s childcare at 6.30." Mr Roux offers to talk to the chef. # score: communication +2 Telling partners what their action achieved, and what remains to be sorted, lets them adjust: that is open communication. # score: ethique +1 You talked about the pathway and nothing of private life: only what is useful to the partners.
- Mr Nguyen speaks again.
I’ve got three people who need your CV workshop next week. Can you take them? # speaker: france_travail
You know you have only one place left. But Mr Nguyen has often done you favours, and everyone is looking at you.
+ [Say yes to all three: you’ll manage]
  "No problem, send them over." He smiles, relieved. # commit: france_travail 1 Take his job seekers into the CV workshop next week # score: communication -2 Promising more than you can deliver, to please, sets up a disappointment: say clearly what you can and cannot do.
+ [Say clearly: one place, not three, and a date for the other two]
  "I have one place next week, not three. The other two can come to the following session." He nods: that’s clear. # commit: france_travail 1 Take his job seekers into the CV workshop next week # score: communication +2 Saying simply what you can do and what you can’t avoids disappointment: that is open communication.
  ~ realistic = true
- -> conflit

= conflit
{on_agenda:
  Next item on the agenda: priorities for the long-term unemployed.
- else:
  Under any other business, Mr Vidal raises his hand. The subject wasn’t planned.
}
~ on_agenda = false
Four posts empty at Les Jardins for two months, and not one referral from the CCAS. Work is what gets people back on their feet! # speaker: jardins # mood: annoyed
And what makes them relapse, when you put them to work with an eviction under way. I won’t send you anyone towards yet another failure. # speaker: ccas # mood: annoyed
Voices rise. Mr Roux stares at his shoes. You know Mr Vidal well: he has often helped you out, and deep down you think as he does.
+ [Cut it short: we’re running late, we’ll come back to it]
  You move on to the next item. The two avoid each other’s eyes until the end. # bond: ccas jardins -5 # score: conflits -2 Cutting it short to keep the peace leaves each side where it was: a disagreement is dealt with in open discussion.
+ [Back Mr Vidal: work first, it has proved itself]
  "I agree with Mr Vidal: work first." Ms Caron falls silent and puts her notes away. # trust: ccas -10 # bond: ccas jardins -10 # score: conflits -2 Taking the side of the partner you feel close to, without hearing the other, hardens the conflict instead of settling it.
+ [Give each of them the floor, in turn, without interrupting]
  Each speaks for five minutes. On the board you note what divides them, and what they share: that people last over time. # bond: ccas jardins +5 # score: conflits +2 Hearing both parties in an open discussion, and spotting the shared goal, is the basis of conflict management.
- It’s nearly noon. Neither position has moved. The next step has to be decided.
+ [Propose a mediation session next week, which you will lead]
  Both accept, without enthusiasm, but they accept. Next Wednesday, 2 p.m. # bond: ccas jardins +5 # score: conflits +2 When positions are set, mediation by a third party leads to a collective decision that respects each partner’s objectives.
  ~ mediation_offered = true
+ [Refer it to the DDETS, which funds the posts: let them decide]
  You announce that you will write to the DDETS. Both partners stiffen. # bond: ccas jardins -10 # trust: ccas -5 # trust: jardins -5 # score: conflits -2 Having the funder decide straight away means giving up on discussion between partners: escalation comes after dialogue and mediation, not before.
  ~ escalated = true
+ [Decide yourself: your candidates will go to Les Jardins first, the CCAS will follow up alongside]
  You announce the rule. Mr Vidal approves. Ms Caron says nothing more. # bond: ccas jardins -10 # trust: ccas -10 # score: conflits -2 Deciding alone for the whole network, however quickly, imposes a rule nobody built: it will not hold.
- The meeting ends. You go back to the office, your head full. # scene: office # week
-> semaine2

=== semaine2 ===
Monday, a week later. Your follow-up interviews already take up two half-days, and Wednesday’s mediation is on your mind. # time: 2
Ms Caron writes to you: on Thursday the CCAS is presenting its new budgeting workshop to local organisations. She would like Relais Insertion to be there.
+ [Go: half a day, but it’s the CCAS asking you]
  You confirm you will come. Ms Caron thanks you with a warm message. # trust: ccas +5 # score: confiance +2 Turning up when a partner asks you is the reciprocity on which trust rests, especially at a time of tension.
+ [Decline: the week is full, and you already know the workshop]
  You decline politely. Ms Caron’s reply is three words long. # trust: ccas -5 # score: confiance -2 Declining a partner’s invitation because the week is full means only coming when you need them: reciprocity builds trust.
- -> mediation

=== mediation ===
Wednesday, 2 p.m. Ms Caron and Mr Vidal, face to face. Nadia stays in the background. # scene: meeting # time: 1
{mediation_offered:
  You proposed this session: both organisations have come.
- else:
  {escalated:
    The DDETS replied: "Settle it between partners first." So Nadia has organised this session.
  - else:
    Your rule didn’t last two days. Nadia has organised this session and asks you to lead it.
  }
}
~ mediation_offered = false
~ escalated = false
You set the rules: each speaks without being interrupted, we start from people’s situations, we leave with a shared decision.
We’ve seen people start on a work site with an eviction under way. They last three weeks, then they give up. It’s one more failure for them. I want things stabilised first. # speaker: ccas
And while things are being stabilised, six months go by. People lose the rhythm, the will. The site means a wage, a team, and a part-time social support worker. My posts are funded: empty, I lose them. # speaker: jardins
+ [Reformulate both positions, and what each fears]
  "Ms Caron, you fear that starting too early ends in failure. Mr Vidal, you fear that waiting makes people lose their footing, and you your posts with them. You both want these people to last over time." # bond: ccas jardins +10 # trust: ccas +5 # trust: jardins +5 # score: conflits +2 Reformulating each position and the worry behind it shows both parties they are heard, and brings out their common goal.
+ [Sum up and get to the point: the posts must be filled, we need to move on]
  "If I sum up: the posts must be filled. How do we do it?" Ms Caron folds her arms. # bond: ccas jardins -10 # trust: ccas -5 # score: conflits -2 A summary in one partner’s terms is taking sides: the mediator reformulates both positions, on an equal footing.
- I’m not against work. I’m against failure. # speaker: ccas
And I’m not against social support. My support worker does it every day. # speaker: jardins
But if we wait for everything to be sorted, nobody will ever start. Debts get settled over years. # speaker: jardins
So let’s split the difference: one person in two comes to me straight away, the other goes through the CCAS first. # speaker: jardins
+ [Accept the split: it’s fair, and the session moves on]
  Ms Caron shrugs: why not. Nobody asks who will go where, or why. # bond: ccas jardins -5 # score: conflits -2 A quota settles the dispute between organisations, but not people’s situations: the beneficiaries’ interest must stay at the centre.
+ [Bring the discussion back to people: start from what each one wants and can do]
  {karim_heard:
    "Mr Haddad told me he wants to work, and that the first bus comes too late. His debts are already being handled by the CCAS." Mr Vidal smiles: the site’s minibus goes through his hamlet at 7.30. # bond: ccas jardins +10 # score: conflits +2 Bringing the discussion back to what people want and can do puts their interest at the centre: that is what lets partners find common ground.
  - else:
    "I realise I never asked Mr Haddad what he wanted. Let’s start there." Ms Caron agrees. # bond: ccas jardins +10 # score: conflits +2 Bringing the discussion back to what people want and can do puts their interest at the centre: that is what lets partners find common ground.
  }
- ~ karim_heard = false
An over-indebtedness file can be followed perfectly well while someone works. It’s even easier with a wage. # speaker: ccas
And my support worker can come to the CCAS appointments, if that helps. # speaker: jardins
For Mr Haddad, let’s decide right now: he starts on Monday, and the CCAS keeps following his debts alongside. # speaker: jardins
That suits me, if the follow-up is guaranteed. # speaker: ccas
Everyone seems to agree. The solution is good, and the session could stop there.
+ [Propose that nothing be settled without him: a three-way appointment, with him, this week]
  Both agree. The appointment is set for Friday, at the CCAS, with Mr Haddad. # score: ethique +2 A pathway is decided with the person, not for them, even when the solution looks good: Mr Haddad will have his say.
+ [Approve it straight away: it’s a good solution, he’ll be pleased]
  You note: "Mr Haddad, starts Monday." Now someone has to tell him. # score: ethique -2 Deciding in the person’s place, even for their own good, takes away their choice: decide with them, not for them.
- Now this agreement has to become a shared rule, for all the long-term unemployed you refer.
+ [Write the protocol yourself tonight and send it: you have it all in your head]
  You send it at 10 p.m., well written. The next day, neither of them has replied. # bond: ccas jardins -5 # score: conflits -2 A protocol written alone, however sound, remains yours: a collective decision is built with each partner, so that they carry it.
+ [Build it together, here: who does what, and at which stage]
  You write on the board as they dictate: a joint assessment within a fortnight, with the person; entry to the site as soon as their housing is not under threat; budget support stays with the CCAS; a review at every monthly meeting. # bond: ccas jardins +10 # trust: ccas +5 # trust: jardins +5 # score: conflits +2 Re-allocating responsibilities through a decision taken together respects each partner’s objectives: that is the outcome the course expects from a mediation.
- -> canal2

=== canal2 ===
Thursday. France Travail, the mission locale and Tremplin also refer long-term unemployed people. The network needs to know what was decided. # scene: channel
+ [Post the list of the four people concerned, and their situations, in the channel]
  You post the list, names and situations included, "so everyone knows where they stand". Twenty people read it. # share: karim france_travail # score: numerique -2 Names and personal situations have no place in a twenty-member channel: documents with names go by a secure route. # score: ethique -2 The situation of four people was exposed to partners who do not support them: share only what is useful, with those who need it.
+ [Tell only the CCAS and Les Jardins: the others don’t need to know]
  You write to the two organisations. The following month, France Travail is still referring people to the site without a joint assessment. # score: communication -2 A rule that concerns the whole network, known to only two partners, creates misunderstandings: everyone must be informed.
+ [Post the protocol without any names, and send the list by secure messaging to the two organisations]
  The protocol is pinned in the channel. Mr Nguyen replies: "Clear. We’ll apply it from Monday." # score: numerique +2 The channel for what concerns everyone, secure messaging for names: the right tool and the right audience for each message. # score: communication +2 Telling the whole network about a decision that concerns it avoids surprises: that is open, regular communication. # score: ethique +1 No names in the channel: personal information goes only to those who support the people concerned.
- -> atelier

=== atelier ===
~ temp promised_one = realistic
~ realistic = false
{promised_one:
  -> promesse
- else:
  -> trop_promis
}

= promesse
Friday morning. Mr Nguyen’s job seeker is due at the CV workshop this afternoon. Sam looks at your diary over your shoulder.
You’ve still got the mediation minutes to write. Push him back to next month, Nguyen will understand. # speaker: sam
+ [Postpone him: the minutes come first]
  You write to Mr Nguyen to postpone. He replies with a single word: "Noted."
+ [See him as promised]
  In the afternoon he is there, on time. At the end of the day you send Mr Nguyen a note: he came, he has a CV. # keep: france_travail # time: 1
- -> fin

= trop_promis
On Friday morning, three people sent by Mr Nguyen turn up for a single place. You keep one and send the other two home.
I was told three places. I’ve got two people who made the trip for nothing. # speaker: france_travail # mood: annoyed
+ [Say there was a misunderstanding about the number of places]
  "There must have been a misunderstanding." A silence on the line. Mr Nguyen remembers the meeting very well. # score: confiance -1 Dodging a broken commitment damages trust a second time: own the mistake and put it right.
+ [Admit your mistake, and offer the other two a firm date]
  "I promised too quickly, that’s my fault. The other two are booked on the session on the 14th, confirmed." Mr Nguyen sighs, then notes the date. # score: confiance +1 Admitting a broken promise and offering a date you can keep begins to repair trust.
- -> fin

=== fin ===
Friday evening. The week is over. You put the partners’ folder away. # scene: office # week
{
- bond("ccas", "jardins") >= 75 && trust("ccas") >= 60 && trust("jardins") >= 60:
  -> protocole
- bond("ccas", "jardins") >= 50:
  -> treve
- else:
  -> rupture
}

= protocole
Three weeks later, the first joint assessment takes place at the CCAS, with the person concerned, their CCAS worker and the support worker from Les Jardins. Two places on the site are filled, and budget support continues alongside.
I wouldn’t have thought I’d say it, but we work well with Les Jardins. We’re keeping this arrangement, and we’ll review it at the monthly meeting. # speaker: ccas # mood: happy
The CCAS lets me know before someone arrives now. That changes everything. # speaker: jardins # mood: happy
Your partners are talking to each other, and they trust you to lead the network. # end
-> END

= treve
The following month, the protocol exists on paper. Les Jardins and the CCAS apply it, but each keeps an eye on the other, and two posts remain empty.
We’re getting there. Not very fast. And I’m not sure everyone is playing the game. # speaker: jardins # mood: neutral
A fragile truce: it will hold if the next monthly meeting reviews it, openly, with everyone round the table. # end
-> END

= rupture
The following month, Mr Vidal writes directly to the DDETS. The CCAS no longer refers anyone to Les Jardins, and the long-term unemployed wait, caught in between.
I’d rather things went through Nadia from now on. # speaker: ccas # mood: sad
The conflict was not settled: it has set in. The next monthly meeting will have to start from there, by first listening to both sides. # end
-> END
