INCLUDE ../lib/engine.ink

// L'audit des partenariats : juger sur les faits, ajuster, le dire aux partenaires, prévoir la suite.
// sound compte les jugements d'évaluation fondés (au plus 11) ; il décide de la fin avec la confiance.
VAR sound = 0
VAR feedback = false
VAR bistrot_deal = false
VAR cfp_kept = false
VAR tremplin_fix = false
VAR mobilite_dev = false
VAR tell = 0

-> intro

=== intro ===
Début décembre, à Relais Insertion. Dehors, on installe les chalets du marché de Noël. Nadia pose un classeur épais sur votre bureau. # scene: office
C’est le moment de l’audit annuel de nos partenariats : repérer les collaborations qui marchent, et celles qui doivent s’améliorer. Le Département le lira dans notre bilan d’activité. # speaker: nadia # term: audit
Le logiciel t’a sorti les chiffres de l’année pour chaque partenaire : orientations, sorties, délais de réponse, engagements tenus de part et d’autre. # speaker: nadia
Pour chacun, tu donnes une appréciation, fructueux, à améliorer ou à repenser, et tu proposes un ajustement. On juge des collaborations, pas des personnes. # speaker: nadia
Tu veux aussi l’avis des personnes qu’on a orientées ? Il faudrait les appeler lundi matin, avec Sam : une demi-journée de téléphone. Seulement, lundi matin, c’est le petit-déjeuner d’employeurs de Tremplin. # speaker: nadia
Relais Insertion a annulé les deux derniers. Vous ne pourrez pas être aux deux endroits.
+ [Pas cette année : les chiffres suffiront, et lundi, direction Tremplin]
  Lundi matin, M. Roux vous accueille d’un « Enfin ! » et vous présente à trois employeurs. L’audit se fera sans l’avis des personnes. # trust: tremplin +5 # score: evaluation -2 L’avis des personnes accompagnées fait partie des faits d’un audit : sans lui, on juge un partenariat sans savoir ce qu’il apporte à ceux qu’il sert. # score: confiance +1 Venir au petit-déjeuner de Tremplin après deux annulations, c’est tenir un engagement : la réciprocité se prouve aussi par la présence.
+ [Les appeler lundi avec Sam, et prévenir M. Roux que vous ne viendrez pas]
  Au téléphone, M. Roux marque un silence : « Encore ? Bon. » Sam, lui, a déjà sorti la liste des quarante numéros. # trust: tremplin -5 # score: evaluation +2 Un audit se fonde sur les faits et sur l’avis des bénéficiaires : c’est ce qui permet de juger ce qu’un partenariat leur apporte vraiment.
  ~ feedback = true
  ~ sound = sound + 1
- {feedback:
  -> appels
}
-> dossiers

= appels
Avant le premier appel, Sam vous tend sa fiche.
J’ai prévu une colonne pour le nom et une pour ce qu’ils disent, mot pour mot. Ça fera de belles citations pour le Département. # speaker: sam
+ [Noter leurs mots et leur nom : on saura qui rappeler s’il faut préciser]
  Vous joignez vingt-huit personnes, et vous remplissez la fiche de Sam : vingt-huit noms, vingt-huit avis, et quelques confidences sur la vie de chacun. # score: ethique -2 Le RGPD demande de ne recueillir que ce qui sert le but annoncé, et de dire aux personnes ce qu’on fera de leurs propos : un nom à côté de chaque confidence, c’est plus que l’audit n’en demande. # score: evaluation +1 Pouvoir revenir vers une personne pour préciser son avis rend le recueil plus solide.
+ [Dire à chacun le but de l’appel, qu’il peut refuser, et ne noter que son avis]
  Vous joignez vingt-huit personnes ; trois préfèrent ne pas répondre. Pour les autres, vous notez le partenaire, une note et une phrase, sans nom ; à celles dont une phrase vous frappe, vous demandez si vous pourrez la citer sans les nommer. # score: ethique +2 Annoncer le but, laisser libre de répondre, ne garder que l’avis et demander l’accord avant de citer : c’est ce que demande le RGPD (finalité, minimisation) et le respect de la personne. # score: evaluation +1 Des personnes qui savent ce qu’on fera de leur avis le donnent plus franchement : le recueil y gagne.
+ [Leur envoyer plutôt un questionnaire en ligne, anonyme : c’est plus discret]
  Six réponses sur quarante. Les autres n’ont pas ouvert le lien, ou n’ont pas su le remplir. # score: ethique +1 Un questionnaire anonyme ne garde que l’avis, sans rien qui permette de reconnaître la personne. # score: evaluation -1 Six réponses sur quarante, et seulement de ceux qui lisent leurs courriels : un avis ainsi recueilli ne dit plus grand-chose de ce que vivent les personnes.
- -> dossiers

= dossiers
Vous étalez les six dossiers sur la table. Derrière chaque chiffre, il y a des visages : des gens que vous avez orientés, des partenaires que vous appelez par leur prénom.
Sam jette un œil au classeur en passant.
Commence par le Bistrot ! Paul, c’est notre meilleur partenaire, tout le monde l’adore. # speaker: sam
Vous ouvrez les dossiers un par un. Chacun vous prendra une demi-journée.
-> bistrot

=== bistrot ===
Lundi après-midi. Vous commencez, comme Sam le conseillait, par le plus sympathique. # scene: office # time: 1
Le Bistrot du Marché, M. Paul Girard, chef et patron. Le plus accueillant de vos partenaires : il répond le jour même, et il a offert le repas de fin d’année de l’association.
Immersions en entreprise (des PMSMP, prescrites à votre demande par France Travail ou la mission locale) : 7. Menées à terme : 2. Abandons dans la première semaine : 5. Embauche : aucune. # term: pmsmp
Ce que le Bistrot avait promis : un tuteur nommé pour chaque personne accueillie. Il en a désigné un une fois sur sept, et les horaires arrivaient souvent la veille. # pledge: bistrot 1 Nommer un tuteur pour chaque personne accueillie en immersion # pledge_broken: bistrot
Vous revoyez M. Girard au dernier forum de l’emploi, tablier noué, offrant des cafés à tout le monde. Il vous avait dit : « Envoyez-moi qui vous voulez. »
{feedback:
  Avis des personnes accueillies : 2 sur 5. « Le chef est sympa, mais personne ne m’a montré mon poste. »
- else:
  Avis des personnes accueillies : non recueilli.
}
+ [Fructueux : un partenaire aussi disponible et aussi généreux, c’est rare]
  Vous cochez « fructueux ». Sam approuve de loin. # score: evaluation -2 Deux immersions sur sept, aucune embauche, un engagement non tenu : juger ce partenariat sur l’affinité, c’est passer à côté de ce qu’il doit améliorer.
+ [À améliorer : un accueil chaleureux, mais des immersions qui tournent court]
  Vous cochez « à améliorer ». Vous pensez au repas de fin d’année, et une pointe de mauvaise conscience vous traverse. # score: evaluation +2 Vous avez jugé sur les résultats et les engagements, pas sur la sympathie : c’est le principe même d’un audit des partenariats.
  ~ sound = sound + 1
- Sam lit la ligne du tuteur par-dessus votre épaule.
Paul a trop de travail, c’est tout. Je peux lui en glisser un mot. Ou alors tu l’écris dans le rapport, et le Département verra qui tient parole. # speaker: sam
+ [L’écrire tel quel dans le rapport au Département : c’est un fait, il doit y figurer]
  Vous ajoutez la ligne : « Engagement de tutorat non tenu. » M. Girard la découvrira par le Département. # score: evaluation +1 Consigner un engagement non tenu, chiffres à l’appui, rend l’audit exact. # score: confiance -2 Apprendre par le financeur qu’on n’a pas tenu parole, sans qu’on vous l’ait dit d’abord, c’est être mis en cause dans son dos : la confiance mutuelle veut qu’on le dise d’abord au partenaire.
+ [Laisser Sam lui en parler entre deux cafés, lui qui le connaît si bien]
  Sam revient le lendemain : « C’est bon, je lui ai dit. Il a rigolé. » Vous ne savez pas ce qu’il a entendu. # score: confiance +1 Passer par un collègue qu’il apprécie ménage la relation. # score: communication -1 Un message de seconde main, glissé entre deux cafés, ne dit ni les faits ni ce qui est attendu : c’est à celui qui mène l’audit de le dire lui-même.
+ [L’appeler : le tuteur promis n’a été là qu’une fois, qu’est-ce qui a coincé ?]
  Un silence, puis : « Depuis mars, je tourne avec un commis de moins. Le tuteur, c’était toujours moi, et je n’avais pas le temps. J’aurais dû vous le dire. » # speaker: bistrot # mood: sad # score: confiance +2 Dire au partenaire, sans reproche, qu’un engagement n’a pas été tenu, et lui demander pourquoi : la relation reste ouverte, et vous apprenez ce que les chiffres ne disaient pas.
- Reste à décider de la suite pour l’an prochain.
+ [Renégocier : un tuteur nommé, les horaires connus une semaine avant]
  Vous rédigez une proposition d’accord, courte et précise, avec un bilan dans six mois. # score: evaluation +2 Un accord précis, avec des engagements vérifiables et une date de bilan, donne au partenariat une vraie chance de s’améliorer.
  ~ bistrot_deal = true
  ~ sound = sound + 1
+ [Reconduire tel quel : il est de bonne volonté, les résultats finiront par venir]
  Rien ne change pour l’an prochain. # score: evaluation -2 Reconduire sans rien changer un partenariat dont les résultats sont faibles, c’est renoncer à le réajuster.
+ [Y mettre fin : sept immersions et pas une embauche, c’en est assez]
  Vous notez : « fin du partenariat ». Vous perdez le seul restaurant du réseau. # score: evaluation -1 Rompre avec un partenaire de bonne volonté sans lui avoir proposé d’accord précis, c’est se priver d’une correction possible.
- -> toques

=== toques ===
Mardi matin. Le dossier le plus épais de la pile, et celui que vous aviez le moins envie d’ouvrir. # scene: office # time: 1
Les Toques de Valmoran, Mme Hélène Leroy, responsable des admissions. Un centre réputé difficile à joindre.
Orientations : 8. Entrées en CAP cuisine : 6. En formation ou diplômés à ce jour : 5.
Délai moyen de réponse : 12 jours. En novembre, un dossier de candidature égaré chez eux ; au téléphone, Mme Leroy a été sèche.
Ce que le centre avait promis : deux places réservées à chaque session pour les personnes que vous orientez. Promesse tenue à chaque session. # pledge: cfp_cuisine 1 Réserver deux places à chaque session aux personnes orientées # pledge_kept: cfp_cuisine
{feedback:
  Avis des personnes orientées : 4,5 sur 5. « Exigeants, mais on apprend vraiment un métier. »
- else:
  Avis des personnes orientées : non recueilli.
}
Vous vous souvenez de cet appel de novembre. Vous aviez raccroché avec colère, et Sam avait dit : « Avec elle, c’est toujours compliqué. » Un autre centre, au chef-lieu du département, répond en deux jours, mais il est à quarante kilomètres.
+ [À repenser : douze jours pour répondre, un dossier égaré et un accueil glacial]
  Vous cochez « à repenser ». Cela fait du bien. # score: evaluation -2 Cinq personnes sur huit en formation ou diplômées, des places toujours tenues : juger ce partenaire sur un incident et un caractère difficile fait oublier ses excellents résultats.
+ [Fructueux : de bons résultats, avec un point à améliorer, la réactivité]
  Vous cochez « fructueux », avec une réserve sur les délais. # score: evaluation +2 Vous avez jugé sur les résultats et les engagements tenus, en nommant précisément ce qui doit progresser : un incident ne résume pas une année.
  ~ sound = sound + 1
- Et pour l’an prochain ?
+ [Garder le centre, avec un interlocuteur unique et une réponse en cinq jours]
  Vous préparez la proposition. Mme Leroy n’aime pas les contraintes, mais elle aime les choses claires. # score: evaluation +2 Garder ce qui fonctionne et renégocier précisément ce qui coince : c’est le réajustement que demande le cours.
  ~ cfp_kept = true
  ~ sound = sound + 1
+ [Orienter désormais vers le centre du chef-lieu, qui répond en deux jours, même à quarante kilomètres]
  Vous notez le changement. Vos bénéficiaires, eux, devront faire quarante kilomètres. # score: evaluation -2 Abandonner un partenaire aux excellents résultats après un incident, c’est juger sur l’humeur : les personnes orientées en paient le prix.
- -> tremplin

=== tremplin ===
Mardi après-midi. Avec Tremplin, vous travaillez depuis six ans ; vous pensiez connaître ce dossier par cœur. # scene: office # time: 1
Tremplin Stages, M. Julien Roux.
Orientations : 11. Stages obtenus : 6. Au premier semestre, 5 sur 6 ; au second, 1 sur 5.
Délai moyen de réponse : 3 jours. Ce que Tremplin avait promis : préparer chaque candidat à l’entretien. Promesse tenue, à chaque fois. # pledge: tremplin 1 Préparer chaque candidat à son entretien # pledge_kept: tremplin
Ce que Relais Insertion avait promis : envoyer les profils des candidats quinze jours avant chaque session de placement. Au second semestre, quatre envois sur cinq en retard. Deux petits-déjeuners d’employeurs annulés de votre côté.
Le second semestre, c’était le congé de Claire et les dossiers empilés. Vous vous rappelez avoir pensé : « Tremplin se débrouillera. »
{feedback:
  Avis des personnes orientées : 4 sur 5. « M. Roux m’a préparée à l’entretien comme personne. »
- else:
  Avis des personnes orientées : non recueilli.
}
+ [Fructueux : la chute du second semestre suit nos propres retards]
  Vous cochez « fructueux ». La ligne des retards vous pique les yeux : c’était votre équipe. # score: evaluation +2 Vous avez lu les engagements des deux côtés : les résultats de Tremplin ont chuté quand Relais Insertion a cessé de tenir les siens. Un audit mesure aussi sa propre part.
  ~ sound = sound + 1
+ [À améliorer : un stage sur cinq au second semestre, Tremplin s’essouffle]
  Vous cochez « à améliorer ». # score: evaluation -2 Juger le partenaire sur ses seuls résultats, sans lire vos propres engagements non tenus, c’est lui reprocher vos retards : la réciprocité se mesure des deux côtés.
- Et pour l’an prochain ? Claire revient en janvier, mais l’équipe reste juste.
+ [Réduire les orientations vers Tremplin, le temps que notre équipe rattrape son retard]
  Vous notez : « orientations réduites au premier semestre ». Tremplin n’en sait encore rien. # score: evaluation +1 Ajuster le volume aux ressources réellement disponibles est un réajustement honnête. # score: confiance -1 Réduire seul ce que reçoit un partenaire qui a tenu tous ses engagements, sans en parler avec lui, lui fait payer vos retards.
+ [Reconduire tel quel, avec un mot d’excuse à M. Roux pour les retards]
  Vous écrivez le mot d’excuse. Rien d’autre ne change, ni chez eux, ni chez vous. # score: confiance +1 Reconnaître vos retards auprès du partenaire est un premier pas. # score: evaluation -1 Des excuses sans rien changer à l’organisation laissent les mêmes causes produire les mêmes retards : réajuster, c’est corriger ce qui a coincé.
+ [Reconduire, en fixant nos engagements : profils quinze jours avant, un référent]
  Vous écrivez ce que Relais Insertion fera, avec des dates, et qui s’en charge. # score: confiance +2 Corriger d’abord vos propres engagements, avec des dates tenables : la confiance repose sur la réciprocité et les promesses tenues.
  ~ tremplin_fix = true
- -> roule

=== roule ===
Mercredi matin, café en main. Le dossier suivant tient sur deux pages. # scene: office # time: 1
Roule ma Poule, plateforme mobilité, M. Yann Le Gall. Un partenaire depuis mars seulement.
Orientations : 3. Solutions trouvées : 3, une location solidaire de scooter et deux accompagnements au permis.
Délai moyen de réponse : 2 jours. Engagements tenus.
Dans votre propre fichier : cette année, quatre nouveaux inscrits sur dix citent le transport comme frein, deux fois plus que l’an dernier. La ligne de bus des hameaux a perdu deux arrêts en septembre.
Vous connaissez à peine M. Le Gall : vous l’avez croisé une fois, à la signature de la première orientation. Son dossier est le plus mince de la pile.
{feedback:
  Avis des personnes orientées : 4,8 sur 5. « Sans le scooter, je n’aurais pas pu accepter le poste. »
- else:
  Avis des personnes orientées : non recueilli.
}
+ [Partenaire secondaire : trois orientations dans l’année, c’est bien peu de chose]
  Vous cochez « secondaire ». # score: evaluation -2 Le volume ne dit pas tout : trois réussites sur trois, sur un besoin qui double, font de ce partenaire une priorité.
+ [Fructueux, et de plus en plus utile : le transport devient un frein majeur]
  Vous cochez « fructueux », et vous soulignez la ligne sur le transport. # score: evaluation +2 Vous avez relié le partenariat à l’évolution des besoins des personnes : c’est ce qui doit guider le réajustement du réseau.
  ~ sound = sound + 1
- Et pour l’an prochain ?
+ [Le développer : une convention, une permanence mensuelle chez nous]
  Vous esquissez la convention, avec une place pour M. Le Gall à la réunion mensuelle. # score: evaluation +2 Réajuster le réseau aux besoins qui évoluent, en développant le partenaire qui y répond, avec lui : c’est le but de l’audit.
  ~ mobilite_dev = true
  ~ sound = sound + 1
+ [Lui adresser dès janvier toutes les personnes qui citent le transport]
  Vous notez : « transport : orienter vers Roule ma Poule ». Une quarantaine de personnes, pour une équipe de deux. # score: evaluation +1 Vous avez lu le besoin qui monte dans vos propres chiffres. # score: confiance -1 Multiplier par dix les orientations vers un petit partenaire, sans lui demander ce qu’il peut absorber, c’est l’épuiser : un partenariat se développe avec lui.
+ [Laisser tel quel : on verra l’an prochain s’il prend de l’importance]
  Rien ne change. # score: evaluation -1 Attendre un an alors que le besoin de mobilité double déjà, c’est réajuster le réseau avec un temps de retard.
- -> rpe

=== rpe ===
Mercredi après-midi. Sam repasse, un sandwich à la main, et lit par-dessus votre épaule. # scene: office # time: 1
Le Relais Petite Enfance de la communauté de communes, Mme Aïcha Benson.
Orientations : 9. Solutions de garde trouvées : 7. Délai moyen de réponse : 2 jours. Engagements tenus des deux côtés.
Les deux situations non résolues : des horaires de restauration, jusqu’à 23 heures. Aucune assistante maternelle du territoire ne les couvre, et aucune crèche n’ouvre après 19 heures.
{feedback:
  Avis des personnes orientées : 4,2 sur 5. « Elle m’a trouvé une assistante maternelle en une semaine. »
- else:
  Avis des personnes orientées : non recueilli.
}
Deux échecs sur neuf. Tu pourrais leur mettre un peu la pression, non ? # speaker: sam
+ [Le classer « à améliorer » pour les deux familles restées sans solution de garde]
  Vous cochez « à améliorer ». # score: evaluation -2 Reprocher au Relais Petite Enfance un manque de l’offre de garde du territoire, qu’il ne peut pas combler seul, c’est juger un partenaire hors de sa mission.
+ [Le classer fructueux, et porter les horaires du soir à la réunion mensuelle]
  Vous cochez « fructueux », et vous ajoutez un point pour la prochaine réunion. # score: evaluation +2 Garder ce qui marche, et traiter un manque du territoire là où il peut l’être, avec tout le réseau : c’est réajuster sans se tromper de cible.
  ~ sound = sound + 1
- -> jardins

=== jardins ===
Jeudi matin. Dernier dossier, et le nom qui revient le plus souvent dans les conversations du réseau. # scene: office # time: 1
Les Jardins de Valmoran, chantier d’insertion, M. Bruno Vidal, encadrant technique.
Orientations : 5. Entrées sur le chantier : 4. Sorties vers l’emploi : 2. Abandons : 2, tous deux liés à une menace d’expulsion.
Délai moyen de réponse : 3 jours. Engagements tenus.
En octobre, M. Vidal a posté un message virulent contre le CCAS dans le canal commun. Mme Caron vous en parle encore.
{feedback:
  Avis des personnes orientées : 3,8 sur 5. « Enfin un vrai travail, mais j’avais la tête ailleurs avec mon logement. »
- else:
  Avis des personnes orientées : non recueilli.
}
+ [À améliorer : garder le chantier, et prévoir un diagnostic commun avec le CCAS]
  Vous notez la proposition : un diagnostic partagé avec le CCAS avant chaque entrée. # score: evaluation +2 Les deux abandons ont la même cause : le réajustement vise cette cause précise, sans toucher à ce qui marche.
  ~ sound = sound + 1
+ [Mettre fin au partenariat : un message public de ce genre ne passe pas]
  Vous notez : « fin du partenariat ». # score: evaluation -2 Rompre pour un message, même maladroit, c’est juger sur un incident et non sur une année de résultats.
+ [Fructueux : deux sorties vers l’emploi sur quatre entrées, rien à changer]
  Vous cochez « fructueux ». # score: evaluation -1 Les deux abandons ont la même cause, le logement : ne rien changer, c’est laisser le même problème se reproduire.
- -> synthese

=== synthese ===
Vendredi matin. Le tableau de synthèse est prêt : six partenaires, six appréciations, six ajustements. # scene: office
Nadia le parcourt en silence, puis pose le doigt sur la colonne des engagements.
La colonne de nos engagements à nous, c’est celle que les partenaires regarderont en premier. N’oublie pas qu’un audit se fait des deux côtés : c’est ça, la réciprocité. # speaker: nadia # term: reciprocite
Autre chose : le Département voudrait, en annexe, le détail ligne par ligne. Pour chaque personne orientée, son nom, le partenaire, ce qu’elle est devenue. # speaker: nadia
Sur votre écran, le fichier des quarante orientations. C’est le financeur, et il attend le rapport le 15.
+ [Envoyer le fichier tel quel : c’est le financeur qui paie, et c’est lui qui le demande]
  Le fichier part en annexe, avec quarante noms. # score: ethique -3 Un bilan d’activité n’a pas besoin de savoir qui est qui : le RGPD veut un but précis et les seules données qu’il demande (minimisation). Les rapports aux financeurs sont anonymisés. # score: evaluation +1 Le détail ligne par ligne permet au financeur de suivre finement l’action qu’il paie.
+ [Envoyer le fichier avec les initiales à la place des noms]
  Le fichier part avec des initiales. Dans une ville de trente mille habitants, « I. D., 24 ans, CAP cuisine » ne cache personne. # score: ethique -1 Des initiales, un âge et un parcours suffisent à reconnaître quelqu’un : ce n’est pas une anonymisation. Les rapports aux financeurs ne contiennent rien qui permette d’identifier une personne. # score: evaluation +1 Le détail ligne par ligne permet au financeur de suivre finement l’action qu’il paie.
+ [Envoyer les chiffres par partenaire, et demander au DPO ce qu’on peut donner]
  Le délégué à la protection des données de la fédération répond dans l’heure : au nom du RGPD, un bilan d’activité se contente de chiffres agrégés et anonymisés ; il l’explique lui-même au Département. # term: dpo # term: rgpd # score: ethique +2 Vous avez appliqué le RGPD (un but, les seules données nécessaires) et consulté le DPO : les rapports aux financeurs sont anonymisés.
- {feedback:
  -> citations
}
-> dire

= citations
Nadia relit la page sur l’avis des personnes.
Une citation, ça parle plus qu’une moyenne. Mets leurs phrases, avec le prénom : le Département adore ça. # speaker: nadia
+ [Citer leurs phrases avec le prénom et le partenaire : c’est ce qui parle]
  Sept phrases, sept prénoms. Au Département, une chargée de mission reconnaît « Kevin, des Jardins » : c’est son voisin. # score: ethique -3 Un prénom et un partenaire suffisent à reconnaître quelqu’un dans une petite ville : citer une personne suppose son accord, et un rapport au financeur est anonymisé (RGPD). # score: evaluation +1 Des mots précis donnent au rapport la voix des personnes accompagnées.
+ [Ne citer personne : les moyennes suffisent, et rien ne peut déraper]
  Le rapport ne garde que des notes sur cinq. # score: ethique +1 Ne rien citer ne fait courir aucun risque aux personnes. # score: evaluation -1 Sans leurs mots, le rapport perd ce que les notes ne disent pas : pourquoi une immersion échoue, ce qui a aidé.
+ [Citer quelques phrases, sans nom ni détail, de celles qui ont dit oui]
  Quatre extraits, anonymisés : ni prénom ni partenaire reconnaissable, et seulement de personnes qui ont accepté. Pour les autres, vous rappelez, ou vous renoncez. # term: anonymisation # score: ethique +2 Citer quelqu’un suppose son accord ; et dans un rapport au financeur, rien ne doit permettre de le reconnaître : c’est l’anonymisation que demande le RGPD. # score: evaluation +1 Le rapport garde la voix des personnes accompagnées, sans exposer personne.
- -> dire

= dire
Reste à dire leurs conclusions aux partenaires. Le rapport est attendu au Département le 15 décembre.
+ [Envoyer le tableau complet à tous les partenaires, en un seul courriel, dès ce soir]
  C’est rapide, et chacun a les mêmes informations. Le courriel part à 18 heures. Le lendemain à 9 heures, votre téléphone sonne. # score: communication +1 Tous les partenaires ont la même information, au même moment. # score: confiance -2 Un classement envoyé à tous met chaque partenaire en vitrine devant les autres : les conclusions se disent à chacun, avec les faits qui le concernent.
  ~ tell = 1
+ [Rendre le rapport le 15, comme prévu, et voir les partenaires en janvier]
  Le rapport part à la date prévue. Les partenaires, eux, attendront janvier. # score: confiance +1 Tenir la date promise au financeur compte aussi. # score: communication -1 Des partenaires qui apprennent leur appréciation après le financeur ne l’ont pas entendue de vous : on dit d’abord à chacun ce qui le concerne.
+ [Voir d’abord chaque partenaire, et demander au Département une semaine de plus]
  Le Département accepte le 22, sans enthousiasme. Vous prenez vos rendez-vous, un par un. # score: communication +2 Dire à chaque partenaire ce qui marche et ce qui doit changer, faits à l’appui, avant que le rapport ne parte : c’est une communication ouverte. # score: confiance -1 Repousser une date promise au financeur, même en prévenant, entame un peu sa confiance.
  ~ tell = 2
- -> girard

= girard
{tell:
- 1:
  C’est M. Girard. Il a lu le tableau.
- 2:
  Premier rendez-vous : M. Girard, au Bistrot, entre deux services. Il vous sert un café sans vous demander votre avis.
- else:
  Au marché, M. Girard vous arrête devant son restaurant.
}
~ tell = 0
Alors, ce bilan ? Je suppose que tout va bien entre nous ! # speaker: bistrot # mood: happy
+ [Lui présenter les chiffres tels qu’ils sont, et ce que vous proposez]
  {bistrot_deal:
    « Deux immersions sur sept, aucune embauche. Je vous propose un tuteur nommé et les horaires une semaine avant. » Il accuse le coup, puis : « Ma seconde, Lucie, ferait une bonne tutrice. Dès janvier. » # pledge: bistrot 4 Nommer Lucie tutrice de chaque personne accueillie, dès janvier # trust: bistrot +5 # score: communication +2 Dire clairement les résultats, même à un partenaire qu’on apprécie, est la seule façon de lui permettre de s’améliorer.
  - else:
    « Deux immersions sur sept, aucune embauche. » Il accuse le coup. « Vous auriez pu me le dire avant. » # score: communication +2 Dire clairement les résultats, même à un partenaire qu’on apprécie, est la seule façon de lui permettre de s’améliorer.
  }
+ [Lui dire que tout va bien, avec quelques petits réglages à prévoir pour l’an prochain]
  « Tout va bien, quelques petits réglages. » Il vous serre la main, ravi. Rien ne changera. # trust: bistrot +5 # score: communication -2 Taire de mauvais résultats pour préserver une bonne relation prive le partenaire de ce qu’il doit savoir : la communication ouverte dit aussi ce qui ne va pas.
- ~ bistrot_deal = false
-> roux

= roux
Puis M. Roux, de Tremplin, dans son petit bureau au-dessus de la mairie annexe. Sur le mur, le planning des sessions de placement, avec vos retards surlignés en jaune.
Honnêtement, le second semestre, on l’a mal vécu. On avait l’impression de ramer seuls. # speaker: tremplin # mood: sad
+ [Expliquer la baisse par le contexte : il y a eu moins d’offres de stage cette année]
  « L’année a été dure pour tout le monde. » Il hoche la tête, poliment. Il sait très bien à quelle date les profils arrivaient. # trust: tremplin -5 # score: confiance -2 Se retrancher derrière le contexte quand vos engagements n’ont pas été tenus abîme la confiance : la réciprocité commence par reconnaître sa part.
+ [Reconnaître que la baisse suit vos retards, et dire ce qui change]
  {tremplin_fix:
    « Nos profils arrivaient en retard, c’est de notre fait. Dès janvier : profils quinze jours avant, un référent, et nous serons aux petits-déjeuners. » Il sourit pour la première fois. # trust: tremplin +15 # score: confiance +2 Reconnaître vos engagements non tenus et dire ce qui change, avec des dates : c’est ainsi que la confiance se rétablit, dans la réciprocité.
  - else:
    « Nos profils arrivaient en retard, c’est de notre fait. » Il attend la suite ; vous n’avez rien prévu. # trust: tremplin +5 # score: confiance +2 Reconnaître vos engagements non tenus est le premier pas pour rétablir la confiance.
  }
- ~ tremplin_fix = false
-> leroy

= leroy
Enfin, Mme Leroy, des Toques de Valmoran, au téléphone.
{cfp_kept:
  Cinq jours pour répondre, d’accord, je m’y engage. Mais de votre côté, vous vous engagez sur quoi ? La moitié de vos dossiers arrivent incomplets. # speaker: cfp_cuisine # pledge: cfp_cuisine 4 Répondre aux candidatures sous cinq jours # trust: cfp_cuisine +5
- else:
  Vous orientez vers le chef-lieu, maintenant ? Soit. Mais si vous revenez un jour, vous vous engagerez sur quoi ? # speaker: cfp_cuisine # mood: annoyed # trust: cfp_cuisine -10
}
Vous savez qu’à la rentrée, l’équipe n’arrive pas à tout traiter en deux jours.
+ [Des dossiers complets, toujours envoyés sous quarante-huit heures]
  « Quarante-huit heures ? Je retiens. » Vous savez déjà que septembre sera difficile. # trust: cfp_cuisine +5 # score: confiance -2 Promettre un délai que l’équipe ne tiendra pas à la rentrée prépare une déception : on ne s’engage que sur ce que l’on peut tenir.
+ [Des dossiers complets, avec une liste de pièces validée ensemble, dix jours avant chaque session]
  « C’est noté. Dix jours, c’est tenable ? » Vous confirmez. Elle raccroche, presque aimable. # trust: cfp_cuisine +5 # score: confiance +2 Un engagement réaliste, que votre équipe peut tenir, vaut mieux qu’une promesse brillante : la confiance repose sur les accords respectés.
- ~ cfp_kept = false
-> suite

= suite
{mobilite_dev:
  En fin de journée, vous appelez M. Le Gall pour lui présenter votre projet de convention.
  Une permanence chez vous, une place à la réunion mensuelle ? Je signe tout de suite. # speaker: mobilite # mood: happy # trust: mobilite +10
}
~ mobilite_dev = false
Nadia passe la tête par la porte.
Pour l’an prochain, on suit quoi, exactement ? Le Département aimerait connaître nos indicateurs avant janvier. # speaker: nadia
+ [Les fixer dès aujourd’hui : résultats, délais, engagements des deux côtés, avis des personnes]
  Vous envoyez la liste le soir même. À la réunion de janvier, M. Vidal demande qui a choisi ces chiffres. # score: evaluation +1 Des indicateurs qui comptent les engagements des deux côtés et l’avis des personnes rendent l’évaluation juste. # score: communication -1 Des partenaires mesurés sur des indicateurs qu’ils n’ont jamais discutés les subissent : un indicateur se construit avec ceux qu’il mesure.
+ [Les construire avec les partenaires à la réunion de janvier, puis les envoyer]
  Nadia prévient le Département : les indicateurs arriveront fin janvier, arrêtés avec le réseau. # score: communication +2 Construire les indicateurs avec les partenaires, c’est leur dire sur quoi ils seront jugés et les entendre : ils y croiront. # score: evaluation -1 Un mois de plus sans indicateurs arrêtés, c’est un mois que l’on mesurera moins bien.
+ [Le nombre d’orientations, tout simplement : c’est ce que le Département regarde]
  Une colonne, un chiffre. Le Département est content. # score: communication +1 Un chiffre que le financeur comprend se transmet sans peine. # score: evaluation -2 Compter les orientations ne dit ni ce qu’elles deviennent, ni si les engagements sont tenus, ni ce qu’en pensent les personnes : un audit juge sur les résultats.
- Et les réussites ? Cinq personnes en formation aux Toques, trois qui roulent grâce à Roule ma Poule. On n’a jamais pris le temps de le dire. # speaker: nadia
+ [Ouvrir la réunion de janvier par une réussite de chaque partenaire, chiffres à l’appui]
  Vous préparez six phrases, une par partenaire, sans nom de bénéficiaire : ce que chacun a rendu possible avec les autres, la synergie que les chiffres ne montrent pas. L’ordre du jour est chargé : un des points de travail glissera à février. # term: synergie # score: confiance +2 Dire à chaque partenaire ce que son travail a rendu possible, devant les autres, nourrit la confiance et la synergie du réseau. # score: evaluation -1 Un point de travail repoussé d’un mois attendra sa solution un mois de plus.
+ [Un courriel de remerciements à tous, et garder la réunion pour les problèmes]
  Le courriel part, chaleureux et général. La réunion de janvier passe directement aux points de travail. # score: evaluation +1 Garder le temps de la réunion pour ce qui n’est pas résolu fait avancer les réajustements. # score: confiance -1 Un merci collectif ne dit à personne ce que son travail a apporté : la reconnaissance fait partie de la confiance.
+ [Ne rien fêter : ceux qu’on a classés « à améliorer » le prendraient mal]
  Janvier arrive sans un mot sur l’année écoulée. # score: confiance -1 Taire les réussites pour ménager quelques susceptibilités prive tout le réseau de ce qui le soude : la confiance se nourrit aussi de ce qui marche.
- Dernière ligne du rapport : la date du prochain bilan. Des accords vont changer, d’autres non, et rien ne dit encore que vos ajustements tiendront.
+ [Un audit chaque trimestre, pour suivre tout le monde de près]
  Vous écrivez : « Audits trimestriels. » Nadia lève un sourcil : « Quatre fois par an, les mêmes tableaux ? » # score: evaluation +1 Évaluer souvent permet de réagir vite. # score: confiance -1 Demander aux partenaires leurs chiffres tous les trois mois, c’est les surveiller plus que travailler avec eux : la confiance a besoin d’un rythme raisonnable.
+ [Un point d’étape en juin pour les accords renégociés, et l’audit en décembre]
  Vous inscrivez les deux dates à l’agenda partagé, et vous les annoncez à chaque partenaire. # score: evaluation +2 Évaluer régulièrement, avec un point d’étape pour vérifier les accords, permet de réajuster à temps : c’est ce que recommande le cours. # score: confiance +1 Annoncer à chacun quand et sur quoi ses engagements seront revus : personne n’est pris par surprise.
  ~ sound = sound + 1
+ [Le prochain audit dans un an : les partenaires ont assez rempli de tableaux]
  Vous écrivez : « Prochain audit : décembre prochain. » # score: confiance +1 Ne pas accabler les partenaires de demandes ménage leur temps. # score: evaluation -2 Les accords renégociés ont besoin d’un point d’étape : attendre un an pour les vérifier, c’est les laisser s’user.
- -> fin

=== fin ===
Nadia relit le rapport en fin de journée.
{
- sound >= 9 && trust("tremplin") >= 60 && trust("cfp_cuisine") >= 50:
  -> ajuste
- sound >= 6:
  -> inegal
- else:
  -> facade
}

= ajuste
Des faits, des accords précis, et chacun sait où il en est. Le Département va aimer, mais surtout nos partenaires. # speaker: nadia # mood: happy
En janvier, Mme Leroy répond en quatre jours. M. Roux reçoit les profils à temps, et les stages repartent.
{trust("mobilite") >= 55:
  Roule ma Poule tient sa première permanence chez vous, et six personnes s’y présentent le premier matin.
}
En juin, au point d’étape, chacun arrive avec ses chiffres. Personne ne se sent jugé : tout le monde sait sur quoi il s’est engagé.
Votre audit a gardé ce qui marchait, réparé ce qui coinçait, et reconnu votre propre part. Le réseau sort de l’année plus solide. # end
-> END

= inegal
C’est un bon début. Mais certains jugements tiennent plus à l’humeur qu’aux chiffres, et certains partenaires attendent encore de savoir ce qu’on fera, nous. # speaker: nadia # mood: neutral
Au printemps, une partie des ajustements porte ses fruits. D’autres partenariats continuent comme avant, avec les mêmes difficultés, et les mêmes personnes qui décrochent.
Un audit utile, mais inégal : le point d’étape devra corriger ce qui a été jugé trop vite. # end
-> END

= facade
On a jugé ceux qu’on aime bien, et puni ceux qui nous agacent. Ce n’est pas un audit, c’est un bulletin d’humeur. # speaker: nadia # mood: worried
Au printemps, les accords qui devaient changer n’ont pas changé, et les partenaires les plus efficaces prennent leurs distances. Au Département, on demande pourquoi les chiffres de Relais Insertion ne bougent pas.
Un audit de façade : il faudra le reprendre, en partant des faits et de l’avis des personnes accompagnées. # end
-> END
