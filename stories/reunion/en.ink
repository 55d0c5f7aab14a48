INCLUDE ../lib/engine.ink

// The monthly meeting: prepare, communicate, use the shared channel, ask for and prepare a mediation led by a neutral third party.
// Booleans are reset to false once they are no longer needed, to keep the state space modest.
VAR karim_heard = false
VAR pack_full = false
VAR on_agenda = false
VAR side_deal = false
VAR realistic = false
VAR asked_nadia = false
VAR self_led = false
VAR escalated = false
VAR three_way = false

-> preparation

=== preparation ===
Monday, 9 a.m., at Relais Insertion. On your desk, the partners’ folder and a cup of coffee already going cold. # scene: office
Thursday is the monthly meeting with our partners: the CCAS (the town’s social services), Les Jardins de Valmoran, France Travail, Tremplin Stages, Les Toques de Valmoran and the mission locale (the youth employment service). This time, you’re leading it. # speaker: nadia
We discuss the difficult cases and coordinate what we do, so that nobody finds things out by chance. Prepare the news to share, without saying too much about people. # speaker: nadia
You open a blank document: "Agenda". Two subjects stand out.
This month’s good news: Ms Dumas started her CAP in cookery in October. When she enrolled, she agreed that you could give news of her pathway to the partners who support her: the mission locale, Les Toques and Tremplin. # consent: dumas
The difficult case: Mr Karim Haddad, 52, a forklift driver for twenty years, out of work for three years and on the RSA. He lives in a hamlet twelve kilometres away, with no car. The CCAS supports him; Les Jardins de Valmoran could take him on. His file mentions a divorce, debts and back pain. Nobody is coordinating.
Sam leans round the door, his coat over his arm.
Put his whole file in the meeting pack: the divorce, the debts, everything. They’re all bound by shared professional secrecy, and it’ll save us half an hour on Thursday. # speaker: sam # term: secret_partage
+ [Attach the whole file, as Sam suggests]
  You attach the entire file to the email sent to the CCAS and Les Jardins. They will arrive on Thursday knowing everything. # share: karim ccas # share: karim jardins # score: communication +1 Both partners concerned arrive informed, and the meeting will go faster.
  Sam gives you a thumbs-up. You move on down the list: one job fewer.
  ~ pack_full = true
  -> ordre_du_jour
+ [Describe his situation in three lines, without giving his name]
  You write three anonymous lines: a man of 52, with no car, who wants to work again. At the CCAS and Les Jardins, nobody will be able to tell who he is. # score: ethique +1 No name, no more data than needed: his situation is protected. # score: communication -1 But the CCAS and Les Jardins, who support him or could take him on, cannot act on an anonymous situation: you needed to ask him what he is happy for them to be told.
  -> ordre_du_jour
+ [Call Mr Haddad: what does he want said about him?]
  -> appel_karim

=== appel_karim ===
You call Mr Haddad and explain what Thursday’s meeting is for: who will be round the table, and why you would like to talk about him there. # scene: phone # time: 1
Talk about me, fine, if it helps me get back to work. But my divorce and my debts are nobody’s business. The CCAS already handles my over-indebtedness file, that’s enough. # speaker: karim # mood: worried # need: karim social
And my back is between my doctor and me. What I want is to work. Only I haven’t got a car any more, and the first bus leaves at 8.40. # speaker: karim # need: karim emploi # need: karim mobilite # need: karim sante
You agree together: to the group, his situation will be presented without his name; only the CCAS and Les Jardins will know it is him, and nothing about his health will be said. # consent: karim # score: ethique +2 You told Mr Haddad what would be shared, with whom and why, and obtained his agreement: that is shared professional secrecy, only what is useful, only with those who support him.
You write down his words as he said them. They may come in useful. # score: communication +1 You now know what you can tell the CCAS and Les Jardins, and what will stay between you.
~ karim_heard = true
-> ordre_du_jour

=== ordre_du_jour ===
Tuesday. Mr Vidal, the supervisor at Les Jardins de Valmoran, calls you. There’s a tractor in the background. # scene: phone
I’ve had four integration posts empty for two months. The CCAS keeps its people back "until their situation is stable". If I don’t fill them, the DDETS takes them away at the end of the year. # speaker: jardins # mood: annoyed
You understand me. Send me your long-term unemployed directly, without going through the CCAS, and that’s the end of it. # speaker: jardins
+ [Agree: work can’t wait, and he is right on the substance]
  You promise him your next candidates. He hangs up, delighted: you are someone he can count on. # bond: ccas jardins -10 # score: conflits -2 Settling a disagreement behind the scenes with one partner means taking sides without hearing the other: the conflict comes back, worse.
  ~ side_deal = true
+ [Put the question on the agenda, and let Ms Caron know]
  You suggest discussing it on Thursday with the CCAS, then call Ms Caron so that she isn’t caught off guard. She thanks you for warning her. # score: conflits +2 Bringing the disagreement into an open discussion before it festers, and warning both parties, is the first tool of conflict management.
  ~ on_agenda = true
+ [Reassure him, and keep the subject out of the meeting so that it stays calm]
  You tell him things will sort themselves out. On Thursday you’ll talk about successes instead. # score: conflits -2 Avoiding the subject to keep the peace lets the disagreement grow: a conflict is dealt with early, and openly.
- -> canal

=== canal ===
Wednesday. The shared channel "reseau-valmoran" brings together some twenty professionals from the partner organisations. It’s where dates and available places are posted, and where people say who is doing what. # scene: channel # time: 1 # term: canal_commun
You post the time and room for Thursday’s meeting. Mr Nguyen mentions two free places at a group information session on landscaping jobs. Then a message arrives.
Hello everyone. Does anyone have news of Ms Inès Dumas? She hasn’t answered my calls for a fortnight. # speaker: mission_locale
+ [Call her, and give her Ms Dumas’s new number]
  You just write: "I’ll call you within the hour." On the phone, you tell her that Ms Dumas has started her CAP and read out her new number. # score: numerique +1 An individual situation is not discussed in front of twenty people: you chose the right route. # score: communication +1 Ms Lambert, who supports Ms Dumas, knows where she stands. # score: ethique -1 But a phone number is hers: Ms Dumas may have her reasons for not calling back, and it is for her to decide who gets it.
+ [Reply in the thread, so that everyone is up to date]
  You write a long message: the CAP, her son, the childminder, her new number. Twenty people read it. # score: communication +1 The whole network is up to date. # score: numerique -2 But a twenty-member channel is for coordinating, not for recounting a person’s situation: every message needs the right audience. # score: ethique -2 And Ms Dumas’s family life was read by partners who do not support her: share only with those who need it, and only what is useful.
+ [Call her, and check with Ms Dumas about her number]
  You just write: "I’ll call you within the hour." On the phone, you tell her that Ms Dumas is well and attending her CAP. You write to Ms Dumas, who answers within the hour. # score: communication +1 Ms Lambert, who supports Ms Dumas, has news of her. # score: numerique +2 An individual situation is not discussed in front of twenty people: you chose the right recipient and the right route. # score: ethique +1 Her new number is for Ms Dumas to give: you asked her.
  I changed my phone, that’s all. I’ll call Ms Lambert back tomorrow, myself. # speaker: dumas # mood: happy
- Ms Lambert’s message stays at the top of the thread, with Ms Dumas’s name, before twenty people most of whom do not support her.
+ [Remind everyone in the thread: no person’s name in the channel]
  "A quick reminder: no person’s name in the channel, thanks." Three thumbs-up. Ms Lambert says nothing, and her message stays. # score: numerique +1 The channel’s rule is recalled to all. # score: confiance -1 But recalled in public, it points at Ms Lambert in front of her peers: a slip is raised in private first. # score: ethique -1 And Ms Dumas’s name stays on show, without her knowing.
+ [Ask privately for the message to come down, and tell Ms Dumas]
  Ms Lambert apologises and deletes her message within a minute. You call Ms Dumas to tell her: she thanks you, a little surprised, and asks to be called in future before anyone talks about her. # score: confiance +1 Raised in private, the slip does not humiliate the partner. # score: ethique +2 A name shown to partners who do not support the person is taken down quickly, and the person is told what happened: that is what the GDPR and shared professional secrecy require. # score: numerique +1 Had the message touched on her health or her family, the association’s DPO should have been told.
+ [Leave the message: it says almost nothing, and she means well]
  You say nothing. Ms Lambert is a valuable ally; no need to ruffle her for so little. # score: confiance +1 You spare a partner acting in good faith. # score: ethique -2 But Ms Dumas’s name stays exposed to twenty people, and she knows nothing of it: ask for it to be taken down, and tell the person.
- A little later, Mr Vidal posts in the general thread.
Four posts still empty at Les Jardins. If some partners referred people instead of wrapping them in cotton wool, we wouldn’t be here. # speaker: jardins # mood: annoyed
Ms Caron is bound to have read it. The channel goes quiet.
+ [Defend the CCAS publicly, point by point]
  You reply at length. Mr Vidal answers back. The thread grows longer before twenty colleagues. Ms Caron thanks you privately. # score: confiance +1 The CCAS feels supported. # score: conflits -2 But arguing out a disagreement in public, and taking sides, hardens positions: a conflict is settled in discussion, not in a message thread. # score: numerique -1 And the coordination channel becomes a soapbox.
+ [Let it pass: replying would only add fuel to the fire]
  Nobody replies. The message stays there, at the top of the thread. # score: numerique +1 You did not turn the channel into a soapbox. # score: conflits -2 But leaving a public attack unanswered is avoiding the subject: the disagreement remains, and the CCAS feels alone.
+ [Hold the subject over to Thursday, and write privately to Mr Vidal]
  "Important question: we’ll deal with it on Thursday, at the meeting, with the CCAS." Then, privately, you tell Mr Vidal that you have heard him. # score: confiance +1 A private word to the partner who lost his temper keeps the link. # score: numerique +2 The channel is for coordination; a disagreement goes to the meeting. You reset how the tool is used without humiliating anyone. # score: conflits +1 The disagreement now has a place and a date.
  ~ on_agenda = true
- Mr Vidal then sends you a direct message.
Your channel’s heavy going. Let’s make a group on our phones, with the people who actually get things done. It’ll be quicker for talking about people. Shall I add you? # speaker: jardins
+ [Decline, and keep secure messaging for anything about people]
  You decline. He grumbles, then admits he doesn’t fancy getting case files on a Sunday. # score: numerique +2 The shared channel coordinates, the association’s secure messaging carries what concerns people: each piece of information goes by the right route.
+ [Accept: it’s quicker, and everyone has the app]
  So here you are in a group of six, on your personal phone. The first photos of documents arrive that same evening. # score: numerique -2 A personal messaging app escapes the association’s rules: some partners are left out, and people’s data circulates with no framework at all, outside anything the GDPR allows.
- Ms Leroy, from Les Toques de Valmoran, posts a flyer: an open day for the CAP in cookery next Tuesday, with places in February. She asks partners to pass it on and to drop by.
+ [Pass the flyer on, and say you will come]
  You forward it to your beneficiaries and reply: "I’ll drop by on Tuesday morning." # score: confiance +2 Passing on a partner’s event and going to it is reciprocity: regular contact, not only when you need them.
+ [Add a thumbs-up: you’ll see next week]
  One more thumbs-up under the flyer. # score: confiance -1 Only showing up when you need a place weakens the link: trust is also built by supporting a partner’s own activities.
- -> reunion

=== reunion ===
Thursday, 9.30. Six partners round the table, pastries, Nadia beside you. You hand out the agenda. # scene: meeting # time: 1
{pack_full:
  Before the round table, Ms Caron takes you aside.
  I received Mr Haddad’s whole file, his divorce and his back included. Did he agree? We never circulate that sort of thing. # speaker: ccas # mood: annoyed # trust: ccas -5
}
{side_deal:
  Mr Vidal announces, pleased, that Relais Insertion will now send him its candidates directly.
  Without going through us? Nobody told me. # speaker: ccas # mood: annoyed # trust: ccas -10 # bond: ccas jardins -5
}
~ pack_full = false
~ side_deal = false
Mr Nguyen, from France Travail, opens the round table.
Last month I sent you two job seekers for your CV workshop. I haven’t heard anything since. Did they come? # speaker: france_travail
+ [Say they are doing well, and promise an update later]
  "They’re getting on, I’ll give you an update soon." Mr Nguyen makes a note, unconvinced. # score: communication -2 A vague answer after a referral leaves the partner in the dark: say what happened, including what didn’t work.
+ [Give the facts: one came, the other never did]
  "One is attending the workshop and has landed two interviews. The other never came, and I should have let you know. From now on, I’ll give you feedback within a week of every referral." # score: communication +2 Saying what became of a referral, even when it isn’t glowing, and offering regular feedback: that is open communication.
- Ms Lambert, Mr Roux and Ms Leroy, who support Ms Dumas with you, are waiting for news of her. Ms Caron, Mr Vidal and Mr Nguyen, who do not know her, are listening too.
+ [Tell her story: it shows what the network can do]
  You tell them about school left at sixteen, in her first year of lycée, to look after her younger brothers, her mother’s restaurant, Noah. The emotion is real, and everyone sees how far she has come. # score: communication +1 The partners see what their work made possible. # score: ethique -2 But the CCAS, Les Jardins and France Travail do not support Ms Dumas: her family history was none of their business. Talk about the pathway, not about private life.
+ [Give the broad lines, and see to childcare with her first]
  "She started the CAP in October, and Tremplin helped her find her PFMP work placement, in March, at Le Bistrot du Marché. One practical point remains: I’ll see to it with her, then with those who support her." That evening, Ms Dumas allows you to tell Mr Roux and Ms Leroy about her hours, and to contact the Relais Petite Enfance (the local childminding information service). # score: communication +1 The partners know what their work achieved, and that one point remains to be settled. # score: ethique +2 Her son’s childcare hours concern only those who support her, and only with her agreement: you asked her before speaking of them.
+ [Give a full update: the CAP, the PFMP and her childcare hours]
  "She started the CAP in October. Thanks to Tremplin, her PFMP work placement awaits her in March at Le Bistrot du Marché. One thing to sort out: the placement ends at 7 p.m., Noah’s childcare at 6.30." Mr Roux offers to talk to the chef. # score: communication +2 Telling partners what their work achieved, and what remains to be sorted, lets them adjust. # score: ethique -2 But her son’s childcare, told to partners who do not support her, goes beyond what she agreed to: shared professional secrecy is limited to those who take part in her support.
+ [Simply say that all is going well for her]
  "All’s going well." On to the next item. Nobody learns that her hours are a problem. # score: ethique +1 Nothing of her private life was said. # score: communication -1 But an "all’s well" doesn’t let the partners who support her adjust what they do: open communication also covers what is stuck.
- Mr Nguyen speaks again.
I’ve got three people who need your CV workshop next week. Can you take them? # speaker: france_travail
You know you have only one place left. But Mr Nguyen has often done you favours, and everyone is looking at you.
+ [Say clearly: one place, and a date for the other two]
  "I have one place next week, not three. The other two can come to the following session." He nods: that’s clear. # commit: france_travail 1 Take his job seekers into the CV workshop next week # score: communication +2 Saying simply what you can do and what you can’t avoids disappointment: that is open communication.
  ~ realistic = true
+ [Say yes to all three: you’ll manage somehow]
  "No problem, send them over." He smiles, relieved. # commit: france_travail 1 Take his job seekers into the CV workshop next week # score: communication -2 Promising more than you can deliver, to please, sets up a disappointment: say clearly what you can and cannot do.
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
Voices rise; the conflict is on the table. Mr Roux stares at his shoes. You know Mr Vidal well: he has often helped you out, and deep down you think as he does. # term: gestion_conflits
+ [Back Mr Vidal: work first, it has proved itself]
  "I agree with Mr Vidal: work first." Mr Vidal thanks you with a look. Ms Caron falls silent and puts her notes away. # bond: ccas jardins -10 # score: confiance +1 Mr Vidal knows he can count on you. # score: conflits -2 But taking the side of the partner you feel close to, without hearing the other, hardens the conflict instead of settling it.
+ [Give each of them the floor, in turn, without interrupting]
  Each speaks for five minutes. On the board you note what divides them, and what they share: that people last over time. # bond: ccas jardins +5 # score: conflits +2 Hearing both parties in an open discussion, and spotting the shared goal, is the basis of conflict management.
+ [Cut it short: the agenda is full, we’ll come back to it]
  You move on to the next item. Mr Roux and Ms Leroy can at last present their places. Ms Caron and Mr Vidal avoid each other’s eyes until the end. # score: communication +1 The other partners had the time planned for them. # score: conflits -2 But cutting it short to keep the peace leaves each side where it was: a disagreement is dealt with in open discussion.
- It’s nearly noon. Neither position has moved. The next step has to be decided.
+ [Offer to lead a mediation yourself next week]
  Both accept, without enthusiasm. Next Wednesday, 2 p.m. As she leaves, Ms Caron looks at you a moment too long. # score: conflits +1 Mediation is the right tool when positions are set. # score: confiance -1 But you are not neutral: you work hand in hand with Mr Vidal and you refer your candidates. A mediator must be a third party both sides accept.
  ~ self_led = true
+ [Decide yourself: your candidates will go to Les Jardins first]
  You announce the rule. Mr Vidal approves. Ms Caron says nothing more. # bond: ccas jardins -10 # score: confiance +1 Mr Vidal knows he can count on you. # score: conflits -2 But deciding alone for the whole network, however quickly, imposes a rule nobody built: it will not hold.
+ [Refer it to the DDETS, which funds the posts: let them decide]
  You announce that you will write to the DDETS. Both partners stiffen. # bond: ccas jardins -10 # score: conflits -2 Having the funder decide straight away means giving up on discussion between partners: escalation comes after dialogue and mediation, not before.
  ~ escalated = true
+ [Ask Nadia, who is on neither side, for a mediation]
  Nadia agrees. So do both partners: Nadia refers nobody to Les Jardins and follows no case at the CCAS. Next Wednesday, 2 p.m. # bond: ccas jardins +5 # score: conflits +2 When positions are set, a mediation led by a neutral third party both sides accept helps them find a shared decision themselves. You are close to one of the parties: your part is to ask for it and to prepare it.
  ~ asked_nadia = true
- The meeting ends. You go back to the office, your head full. # scene: office # week
-> semaine2

=== semaine2 ===
The following Monday, your follow-up interviews already take up two half-days. # time: 2
{asked_nadia:
  For Wednesday, write me a note: what each side is asking for, what each side needs. I want to come in without an opinion. # speaker: nadia
- else:
  {self_led:
    Ms Caron called. She would rather Wednesday’s mediation were led by someone who doesn’t work with Les Jardins every day. I’ll lead it. Write me a note: what each side is asking for, what each side needs. # speaker: nadia
  - else:
    {escalated:
      The DDETS replied: "Settle it between partners first." I’ve offered a mediation on Wednesday, which I’ll lead. Write me a note: what each side is asking for, what each side needs. # speaker: nadia
    - else:
      Your rule didn’t last two days. I’ve offered a mediation on Wednesday, which I’ll lead. Write me a note: what each side is asking for, what each side needs. # speaker: nadia
    }
  }
}
~ self_led = false
~ escalated = false
+ [Write what you think: the CCAS is stalling, Mr Vidal is right]
  Your note is frank and ten lines long. Nadia reads it and raises an eyebrow. # score: communication +1 Nadia knows your view without beating about the bush. # score: conflits -2 But a note that names a culprit prepares a trial, not a mediation: bring facts, and what each party needs.
+ [Send her Mr Haddad’s whole file, so that she has everything]
  Nadia receives the whole file: the divorce, the debts, the back. She sends it back with a note: "I don’t need this." # score: communication +1 Nadia has every element. # score: ethique -2 But even between colleagues, shared professional secrecy covers only what is needed: to lead the mediation, Nadia does not need Mr Haddad’s private life.
+ [List the facts, and what each party says it needs]
  Four posts empty for two months, funded until December; starts on the site that failed last year during eviction proceedings; what each side fears; what each side can bring. Nadia nods: "Perfect. No culprit in there." # score: conflits +2 Preparing a mediation means bringing facts rather than blame, and what each party needs: the mediator starts from there. # score: communication +1 Nadia knows where the sticking points are.
- Ms Caron writes to you: on Thursday the CCAS is presenting its new budgeting workshop to local organisations. She would like Relais Insertion to be there.
+ [Go: half a day, but it’s the CCAS inviting you]
  You confirm you will come. Ms Caron thanks you with a warm message. # trust: ccas +5 # score: confiance +2 Turning up when a partner asks you is the reciprocity on which trust rests, especially at a time of tension.
+ [Decline: the week is full, and you know the workshop]
  You decline politely. Ms Caron’s reply is three words long. # trust: ccas -5 # score: confiance -2 Declining a partner’s invitation because the week is full means only coming when you need them: reciprocity builds trust.
- -> mediation

=== mediation ===
Wednesday, 2 p.m., in the small meeting room. Ms Caron and Mr Vidal, face to face. Nadia leads; you are there for Relais Insertion, which refers the candidates. # scene: meeting # time: 1
{asked_nadia:
  You asked for this mediation: Nadia saw each of them the day before, one to one.
}
~ asked_nadia = false
For this mediation, I belong neither to the CCAS nor to Les Jardins, and I won’t decide for you. Each of you speaks without being interrupted, we start from people’s situations, and you are the ones who will find the agreement. # speaker: nadia # term: mediation
We’ve seen people start on a work site with an eviction under way. They last three weeks, then they give up. It’s one more failure for them. I want things stabilised first. # speaker: ccas
And while things are being stabilised, six months go by. People lose the rhythm, the will. The site means a wage, a team, and a part-time socio-professional support worker. My posts are funded: empty, I lose them. # speaker: jardins
You refer the candidates. What have you seen? # speaker: nadia
+ [Stay in the background: it’s for the two of them to agree]
  "I’ve nothing to add." Nadia waits, then carries on. The discussion goes round in circles on principles. # score: conflits -1 Mediation needs everyone’s facts: whoever refers the people knows what they want and can do. # score: communication -1 Keeping quiet here deprives both parties of information they do not have.
+ [Say that you agree with Mr Vidal]
  "Honestly, I think as Mr Vidal does." Ms Caron turns to Nadia: "I knew it was settled in advance." # score: conflits -2 In a mediation each party must be able to feel heard: taking sides closes the discussion.
+ [Start from the people: what they want, and what holds them back]
  {karim_heard:
    "Mr Haddad told me he wants to work, soon. For him, the real obstacle is the bus, which comes too late." Mr Vidal sits up: the site’s minibus passes two kilometres from his hamlet, at 7.30. # bond: ccas jardins +10 # score: conflits +2 Bringing the discussion back to what people want and can do puts their interest at the centre: that is what lets partners find common ground. # score: communication +1 You said what you knew, nothing more.
  - else:
    "I realise I never asked Mr Haddad what he wanted. That should come first." Ms Caron agrees. # bond: ccas jardins +10 # score: conflits +2 Bringing the discussion back to what people want and can do puts their interest at the centre: that is what lets partners find common ground. # score: communication +1 You said what you knew, and what you did not.
  }
- ~ karim_heard = false
Mr Vidal turns to you.
And physically, is your Mr Haddad up to it? Market gardening is hard on the back all day long. # speaker: jardins
+ [Answer that he has no health problem]
  "No problem at all." Mr Vidal makes a note. You know it isn’t true. # score: ethique +1 Nothing about his health was said. # score: communication -2 But a lie to a partner comes out, and it damages everything else: you can decline to answer without twisting the facts.
+ [Answer that Mr Haddad will talk about it himself, if he wishes]
  "That’s for him to talk about, if he wants to. The occupational doctor will see him when he is hired." Mr Vidal nods: he doesn’t insist. # score: ethique +2 A person’s health is shared only with their agreement: the partner will know what Mr Haddad chooses to tell him.
+ [Tell him he has back pain: better to know beforehand]
  "He has back pain, twenty years of pallets." Mr Vidal pulls a face: "Ah. We’ll see, then." # score: communication +1 The partner knows what to expect. # score: ethique -2 But health information, confided by the person or read in their file, is not passed on without their agreement: it is for them to talk about it, to the occupational doctor or to Cap emploi if they wish.
- Mr Vidal goes on.
But if we wait for everything to be sorted, nobody will ever start. Debts get settled over years. So let’s split the difference: one person in two comes to me straight away, the other goes through the CCAS first. # speaker: jardins
You’re the one who refers. Does that suit you? # speaker: nadia
+ [Suggest deciding person by person, with each of them]
  "Rather than quotas, let’s look at each situation, with the person." Ms Caron unfolds her arms. # score: conflits +2 Starting from each person, with them, puts the beneficiaries’ interest back at the centre of the discussion between organisations.
+ [Accept the split: it’s fair, and the session moves on]
  Ms Caron shrugs: why not. Nobody asks who will go where, or why. # score: conflits -2 Sharing by quotas settles the dispute between organisations, but not people’s situations: the beneficiaries’ interest must stay at the centre.
- Nadia helps them say what each can put on the table. Little by little the board fills up: Les Jardins keep two of their four posts, for three months, for people seen in a joint assessment, and their minibus will stop at Mr Haddad’s hamlet; the CCAS sends its budget adviser to the site on Tuesday mornings.
Someone is still needed to run the joint assessments, half a day a week. Could Relais Insertion do it, out of your CV workshop’s time? # speaker: ccas
+ [Accept, adding the assessments to an already full diary]
  "Fine, I’ll do them on top." Nadia looks at you: "On top of what?" She writes it down all the same. # score: conflits +1 You accept the outcome of the mediation. # score: communication -1 But promising half a day you do not have sets up the next broken commitment: say what you can give up.
+ [Ask for the half-day to come from France Travail instead]
  "France Travail has more advisers than we do." Nadia points out that France Travail is not at the table. Mr Vidal sighs. # score: conflits -2 Reopening the agreement to make an absent party pay is refusing your share: a mediation holds when each side accepts what it gives up.
+ [Accept, and take that half-day from the CV workshop]
  "Agreed: Thursday mornings, instead of one workshop session." Nadia writes it on the board, next to the posts and the budget slot. # bond: ccas jardins +10 # trust: ccas +5 # trust: jardins +10 # score: conflits +2 A mediation succeeds when each side gives something up: posts, hours, a time slot. Accepting your share of the re-allocation of resources is what makes it hold.
- I’ll confirm by Friday that the minibus will stop at the hamlet. # speaker: jardins # pledge: jardins 1 Confirm by Friday that the minibus will stop at the hamlet
And our budget adviser will be at the site from next Tuesday. # speaker: ccas # pledge: ccas 1 Hold the budget session at the site on Tuesday mornings
For Mr Haddad, let’s decide right now: he starts on Monday, and the CCAS keeps up its support alongside. # speaker: jardins
That suits me, if the follow-up is guaranteed. # speaker: ccas
+ [Approve it straight away: it’s a good solution, he’ll be pleased]
  You note: "Mr Haddad, starts Monday", and send his details to Les Jardins that evening. Now someone has to tell him. # refer: karim jardins # score: conflits +1 The agreement between the two organisations is sealed without delay.
+ [Wait for his view: a three-way meeting, with him, on Thursday]
  Both agree. Mr Vidal sighs: a few more days with a post empty. The meeting is set for Thursday, at the CCAS, with Mr Haddad. # score: ethique +2 A pathway is decided with the person, not for them, even when the solution looks good: Mr Haddad will have his say. # score: conflits -1 The agreement waits a few more days, and Mr Vidal feels it.
  ~ three_way = true
- I’ll send you the minutes tomorrow. Thank you both. # speaker: nadia
-> canal2

=== canal2 ===
Thursday morning. France Travail, the mission locale and Tremplin also refer long-term unemployed people. The network needs to know what was decided. # scene: channel
+ [Tell only the CCAS and Les Jardins: the others needn’t know]
  You write to the two organisations. The following month, France Travail is still referring people to the site without a joint assessment. # score: ethique +1 Nothing went beyond the two organisations. # score: communication -2 But a rule that concerns the whole network, known to only two partners, creates misunderstandings: the decision, without a single name, can be told to all.
+ [Post the protocol without names; the list, by secure messaging]
  The protocol is pinned in the channel. Mr Nguyen replies: "Clear. We’ll apply it from Monday." # score: numerique +2 The channel for what concerns everyone, secure messaging for names: the right tool and the right audience for each message. # score: communication +2 Telling the whole network about a decision that concerns it avoids surprises: that is open, regular communication.
+ [Post in the channel the list of the people concerned and their situations]
  You post the list, names and situations included, "so everyone knows where they stand". Twenty people read it. # score: communication +1 The whole network knows where everyone stands. # score: numerique -2 But names and personal situations have no place in a twenty-member channel: documents with names go by a secure route. # score: ethique -2 And the situation of four people was exposed to partners who do not support them: share only what is useful, with those who need it.
- {three_way: -> rendez_vous | -> annonce}

= annonce
Thursday afternoon, you call Mr Haddad to give him the news: he starts at Les Jardins on Monday. A silence. # scene: phone
You could have asked me. Well. Monday, then. # speaker: karim # mood: sad
-> vendredi

= rendez_vous
Thursday afternoon, at the CCAS. Mr Haddad, Ms Caron, Mr Vidal and you. Mr Vidal presents the site: market gardening, the hours, the minibus. # scene: territory
~ three_way = false
The site, yes. Monday, I’m willing. And you can tell them both where I stand. # speaker: karim # mood: happy # agree: karim jardins # consent: karim
You send his referral form to Les Jardins that evening. # refer: karim jardins
Before leaving, Mr Haddad brings up his back himself. You tell him about the occupational doctor, Cap emploi and the RQTH (the recognition of disabled-worker status), which would allow his post to be adapted.
Cap emploi, the RQTH, the disabled-worker label? No. Not now. # speaker: karim # mood: worried # refuse: karim cap_emploi # term: rqth
+ [Tell him what the RQTH changes, and leave the decision to him]
  You explain that it stays confidential, that an employer only knows of it if he chooses to tell them. He takes the leaflet. "I’ll think about it." # score: ethique +2 The RQTH is the person’s decision alone: informing him lets him choose, and his refusal is still respected.
+ [Book an appointment anyway: once he is there, he will see]
  You call Cap emploi the next day and give his name. Ms Royer sends him an appointment. Mr Haddad doesn’t turn up. # refer: karim cap_emploi
- -> vendredi

= vendredi
Friday noon. Mr Vidal was to confirm the minibus stop at the hamlet. Not a word. Mr Haddad starts on Monday, and the first bus comes too late. # scene: office # pledge_broken: jardins
+ [Tell Nadia and Ms Caron: he never keeps his word]
  Nadia listens without a word. Ms Caron forwards your message to a colleague. By Monday, the whole CCAS knows that Mr Vidal "never keeps his word". # score: confiance -2 Badmouthing a partner behind his back, just after the agreement, damages everyone’s trust: you speak first to the one who did not keep his commitment. # score: conflits -1 And the conflict the mediation had just calmed flares up again.
+ [Call Mr Vidal: you were waiting for his answer]
  He apologises profusely: the driver was ill. By 4 p.m. it is settled: a stop at the hamlet at 7.30, from Monday. # score: confiance +2 Telling a partner, simply and without reproach, that a commitment was not kept keeps the relationship open: mutual trust works both ways.
+ [Book a scooter at Roule ma Poule for Monday]
  Mr Haddad will have a scooter on Monday. The minibus still doesn’t stop at the hamlet, and Mr Vidal knows nothing of it. # score: confiance -2 Going round a partner who missed a commitment, without telling him, solves today’s problem and lets the commitment die: tell him first.
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
Friday afternoon. Mr Nguyen’s job seeker is due at the CV workshop. Sam looks at your diary over your shoulder.
You’ve still got the monthly meeting minutes to write. Push him back to next month, Nguyen will understand. # speaker: sam
+ [Postpone him: the minutes come first]
  You write to Mr Nguyen to postpone. He replies with a single word: "Noted."
+ [See him as promised]
  He is there, on time. At the end of the day you send Mr Nguyen a note: he came, he has a CV. # keep: france_travail # time: 1
- -> fin

= trop_promis
On Friday afternoon, three people sent by Mr Nguyen turn up for a single place. You keep one and send the other two home.
I was told three places. I’ve got two people who made the trip for nothing. # speaker: france_travail # mood: annoyed
+ [Admit your mistake, and offer the other two a firm date]
  "I promised too quickly, that’s my fault. The other two are booked on the session on the 14th, confirmed." Mr Nguyen sighs, then notes the date. # score: confiance +1 Admitting a broken promise and offering a date you can keep begins to repair trust.
+ [Say there was a misunderstanding about the number of places]
  "There must have been a misunderstanding." A silence on the line. Mr Nguyen remembers the meeting very well. # score: confiance -1 Dodging a broken commitment damages trust a second time: own the mistake and put it right.
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
Three weeks later, the first joint assessment takes place at the CCAS, with the person concerned, their CCAS adviser, the socio-professional support worker from Les Jardins and you. The budget adviser holds her session at the site every Tuesday morning. # pledge_kept: ccas
I wouldn’t have thought I’d say it, but we work well with Les Jardins. We’re keeping this arrangement, and we’ll review it at the monthly meeting. # speaker: ccas # mood: happy
The CCAS lets me know before someone arrives now. Two posts are filled. That changes everything. # speaker: jardins # mood: happy
Your partners are talking to each other, and they trust you to lead the network. # end
-> END

= treve
The following month, the agreement exists on paper. The Tuesday budget session takes place, but Les Jardins and the CCAS keep an eye on each other, and two posts remain empty. # pledge_kept: ccas
We’re getting there. Not very fast. And I’m not sure everyone is playing the game. # speaker: jardins # mood: neutral
A fragile truce: it will hold if the next monthly meeting reviews it, openly, with everyone round the table. # end
-> END

= rupture
The following month, Mr Vidal writes directly to the DDETS. The budget session at the site never started. The CCAS no longer refers anyone to Les Jardins, and the long-term unemployed wait, caught in between. # pledge_broken: ccas
I’d rather things went through Nadia from now on. # speaker: ccas # mood: sad
The conflict was not settled: it has set in. The next monthly meeting will have to start from there, by first listening to both sides. # end
-> END
