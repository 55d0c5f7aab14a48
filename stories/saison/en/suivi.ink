// Follow-up after hiring: keeping Mr Haddad's job at Les Jardins, between him and his employer.

=== suivi_jardins ===
Thursday, at Les Jardins de Valmoran. Mr Vidal sees you in the tool shed; Mr Haddad is finishing stacking the crates outside. You hear them one after the other. # scene: territory # time: 2
I took him on because he's reliable. But three late arrivals, and the crates left to the others: the team doesn't understand. # speaker: jardins # mood: annoyed
{ is_solved("karim", "mobilite"):
    The scooter, twelve kilometres morning and evening, my back can't take it any more. Since Tuesday I've gone back to the bus: it gets in at 8.05. # speaker: karim # mood: sad
  - else:
    With no car, I take the first bus. It gets in at 8.05, not before. There's nothing I can do. # speaker: karim # mood: sad
}
{ not knows_need("karim", "sante"):
    And then there's my back. Twenty years of pallets. I've never told anyone. # speaker: karim # need: karim sante
}
The crates, I can't any more. I haven't told Mr Vidal: he wouldn't keep me on. # speaker: karim
* [Ask him what he's willing for Mr Vidal to know, and who will say it]
    He thinks. Outside, Mr Vidal paces up and down and looks at his watch. # score: ethique +2 Health information belongs to the person alone: it is for him to decide what the employer will know, and who will tell him. # score: conflits -1 While he thinks, Mr Vidal grows impatient outside, and the tension rises a notch: letting the person choose his words takes time.
    Let him know I can't carry heavy loads any more. I'll tell him myself. The rest is between me and the occupational doctor. # speaker: karim
* [Tell Mr Vidal yourself that his back hurts: it'll be simpler for everyone]
    Mr Vidal understands at once, and softens. Mr Haddad looks down: he wasn't the one who said it. # share: karim jardins # score: conflits +1 The employer finally understands the situation, and the tension drops. # score: ethique -2 Saying for him what concerns his health, even to help him, breaks shared professional secrecy: it is for him to choose what he says.
-
The three of you sit down around the workbench.
* [Decide: Mr Haddad must arrive at 7.30, like all the workers on the site]
    Mr Haddad promises. Nobody really believes it. # score: conflits -2 Deciding for one of the parties means no longer being a third party: the arrangement will hold only if everyone has contributed to it.
* [Let Mr Vidal decide alone: it's his team, and his site]
    Mr Vidal thinks aloud, then promises to "think about it". Mr Haddad leaves without knowing what awaits him on Monday. # score: conflits -1 Stepping back just when an agreement is needed leaves the disagreement whole: mediation means helping the parties find the arrangement themselves.
* (arrangement) [Ask each what they can adjust, hours and tasks included]
    Mr Vidal offers to shift his hours, 8.15 to 3.45, in step with the bus; Mr Haddad takes the seedlings and the preparation of the vegetable boxes, with no crates to carry. # score: conflits +2 Hearing both parties, then looking with them for an adjustment (hours, tasks): each gives a little, and the job holds. # score: confiance +1 Coming back on site after hiring shows the employer that support doesn't stop at recruitment.
-
{ not agreed("karim", "cap_emploi"):
    To go further, a workstation assessment with Cap emploi and the occupational doctor. You explain to him what it is, and what will be said.
    All right. If it's to keep this job. # speaker: karim # agree: karim cap_emploi
    You call Ms Royer: she will come to Les Jardins. # refer: karim cap_emploi
}
{ suivi_jardins.arrangement:
    I'll give you an update in a fortnight, as we said. # speaker: jardins # pledge: jardins 1 Give an update on Mr Haddad's post # solve: karim emploi
  - else:
    Mr Vidal walks you back to the gate without a word.
}
->->
