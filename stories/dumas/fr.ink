// Le parcours de Mme Dumas : l’étude de cas du chapitre, en quatre semaines.
// Semaine 1 : entretien, où elle négocie son parcours, et réunion d’équipe (étape 1). Semaine 2 :
// cartographie et appel au centre de formation (étape 2). Semaine 3 : coordination (étape 3).
// Semaine 4 : la promesse arrive à échéance, la commission tranche, un partenaire manque à sa
// parole, on boucle la boucle.
// Pour que l’exploration exhaustive reste rapide : beaucoup de décisions ne changent que le
// score ; chaque entrée du carrefour de la semaine 2 se ferme dès qu’on l’a choisie et ouvre
// toujours deux options ; les booléens sont remis à zéro dès qu’ils ne servent plus ; partages
// et orientations s’appliquent dans un ordre fixe, au bilan de la semaine.
INCLUDE ../lib/engine.ink

VAR ml_known = false
VAR claire_help = false
VAR tremplin_done = false
VAR rpe_done = false
VAR ml_done = false
VAR bistrot_done = false
VAR garde_asked = false
VAR ref_asked = false
VAR bistrot_direct = false
VAR promised = false
VAR clash_ok = false
VAR submitted = false
VAR brief_ok = false

-> interview

=== interview ===
Un lundi matin de septembre, à Relais Insertion, au centre de Valmoran. La salle d’attente est déjà pleine et le radiateur cliquette. # scene: office # time: 2
Vous recevez pour la première fois Mme Inès Dumas, 24 ans, venue sur le conseil d’une amie. Elle garde son manteau sur les genoux et serre son téléphone dans la main. Sur votre bureau, la fiche d’inscription attend, vierge.
Bonjour. Une amie m’a dit que vous pouviez m’aider à trouver du travail. # speaker: dumas # mood: worried
+ [Commencer par la fiche d’inscription, rubrique par rubrique : au moins, rien ne sera oublié]
    Nom, adresse, diplômes, dernier emploi… Mme Dumas répond par monosyllabes. Au bout de vingt minutes, la fiche est remplie et vous ne savez presque rien d’elle. # score: communication -1 Ouvrir par le formulaire transforme l’entretien de diagnostic en interrogatoire : une communication ouverte commence par laisser la personne dire ce qui compte pour elle.
    Quand vous reposez enfin le stylo, elle dit presque à voix basse qu’elle voudrait travailler en cuisine. Elle a arrêté le lycée en seconde. # need: dumas emploi
+ [Poser le stylo et lui demander ce qui l’amène, avec ses mots à elle]
    Vous repoussez la fiche : elle attendra. Mme Dumas hésite, regarde la fenêtre, puis se lance. # score: communication +1 Écouter avant de remplir : un échange ouvert et réciproque fait émerger ce que la fiche ne montre pas.
    Je voudrais travailler. Pas n’importe où : en cuisine. Mais je n’ai aucun diplôme, j’ai arrêté le lycée en seconde. Chaque fois que je postule, on me demande un CAP. # speaker: dumas # need: dumas emploi
-   Vous lui demandez ce qu’elle sait faire. Elle hausse les épaules.
    Rien d’officiel. J’ai aidé ma mère dans son petit restaurant pendant des années, c’est tout. # speaker: dumas
+ [Lui demander de décrire ses journées au restaurant : les plats, le rythme, le service]
    Son visage s’éclaire. La mise en place dès sept heures, quatre-vingts couverts le midi, les commandes aux fournisseurs, les règles d’hygiène… Tout y est, sauf le diplôme. Un CAP cuisine est à sa portée. # need: dumas formation # score: reseau +1 Valoriser son expérience informelle permet de viser le bon partenaire : un centre qui prépare au CAP cuisine, plutôt qu’un emploi par défaut.
+ [« Sans contrat ni diplôme, ça ne comptera pas beaucoup. Un emploi rapide en grande surface serait plus réaliste. »]
    Elle se tait un moment. # score: reseau -1 Balayer une expérience informelle, c’est passer à côté du bon partenaire : ici, un centre qui prépare au CAP cuisine. On n’oriente bien que ce qu’on a compris.
    Moi, c’est la cuisine que j’aime. Pas les rayons. # speaker: dumas # mood: sad # need: dumas formation
    Vous le notez. Un CAP cuisine, peut-être, puisqu’elle y tient.
-   Elle ajoute que France Travail l’a déjà orientée vers de la mise en rayon, l’an dernier.
    J’ai dit non, et je redis non : je ne veux pas qu’on me renvoie là-bas pour ça. Moi, je veux cuisiner. # speaker: dumas # refuse: dumas france_travail
    Vous lui parlez du CAP cuisine des Toques de Valmoran : un an de formation pour adultes, à partir d’octobre, avec une période en entreprise au printemps.
    Un an ? Je ne peux pas rester un an sans rien gagner. Le loyer tombe tous les mois. Il me faut un revenu, maintenant. # speaker: dumas # mood: worried
+ [« Le CAP vous ouvrira les cuisines pour de bon. Un an, ça passe vite, et on trouvera bien une solution. »]
    Elle baisse les yeux. # score: reseau +1 Tenir le cap de la qualification est juste : son expérience rend le CAP accessible, et c’est lui qui ouvrira des emplois durables. # score: ethique -1 Mais « on trouvera bien » balaie sa contrainte de revenus : décider pour elle de ce qui compte rend son accord fragile.
    Si vous le dites… D’accord pour le CAP. Mais il faudra bien que je gagne quelque chose. # speaker: dumas # mood: worried # agree: dumas cfp_cuisine
+ [Lui demander ce qu’il lui faudrait pour tenir un an, et regarder avec elle ce qui existe]
    Vous posez les chiffres avec elle : le loyer, les courses, le reste. Une formation pour adultes peut être rémunérée, certaines aides se cumulent, et rien n’interdit quelques heures de service le week-end. Vous ne promettez aucun montant : vous vérifierez avec les partenaires. # score: ethique +1 Partir de sa contrainte de revenus et chercher avec elle, c’est la laisser décider en connaissance de cause : c’est son parcours. # score: reseau +1 Le CAP reste en vue, et avec lui les partenaires qui peuvent l’aider à tenir pendant la formation.
    Si j’ai de quoi payer le loyer, alors oui, le CAP. Et je chercherai un petit contrat le samedi, si je peux. # speaker: dumas # agree: dumas cfp_cuisine
+ [Partir de son urgence : un emploi de commis tout de suite, et le CAP plus tard, quand elle aura de quoi vivre]
    Vous ouvrez avec elle les offres de commis de cuisine. # score: ethique +1 Partir de ce qu’elle demande, c’est respecter sa parole : c’est elle qui décide de son parcours. # score: reseau -1 Mais renoncer d’emblée au CAP, sans avoir regardé ce qui pourrait la faire vivre pendant la formation, c’est se priver des partenaires qui avaient des réponses.
    Elle lit les salaires, les horaires coupés, puis repose la feuille. Vous lui dites qu’une formation pour adultes peut être rémunérée.
    Commis sans diplôme, c’est ce que je fais déjà chez ma mère, sans être payée. S’il y a un moyen de tenir pendant le CAP, je préfère le CAP. # speaker: dumas # agree: dumas cfp_cuisine
-   Et le lycée, pourquoi l’avoir arrêté ? Elle baisse les yeux : « À cause de la famille. C’était compliqué. »
+ [« Je comprends, les histoires de famille… L’important, c’est que vous soyez disponible maintenant, c’est bien ça ? »]
    Elle acquiesce, vite. Trop vite, peut-être. Vous passez à la suite sans qu’elle ajoute un mot. # score: ethique -1 Faire des suppositions sur la situation d’une personne, c’est décider pour elle de ce qui compte : une question ouverte aurait fait apparaître ses contraintes familiales.
+ [« Qu’est-ce qui s’est passé à ce moment-là ? Et aujourd’hui, comment ça s’organise chez vous ? »]
    Elle raconte. Sa mère tenait seule le restaurant ; à seize ans, c’est elle qui gardait ses deux petits frères. Aujourd’hui, elle élève seule son fils, Noah, trois ans. # score: ethique +1 Une question ouverte laisse la personne dire elle-même sa situation : la respecter, c’est ne pas décider à sa place de ce qui compte.
    Il ne va pas encore à l’école, et personne ne le garde en journée. Ma mère dépanne, mais elle travaille. Si je commence une formation, je ne sais pas comment je vais faire. # speaker: dumas # mood: worried # need: dumas garde_enfants
-   L’heure avance. Avant de conclure, vous évoquez la suite : pour l’aider, vous allez devoir parler d’elle à d’autres structures.
+ [Lui expliquer ce que vous partagerez, avec qui et pourquoi, et lui demander son accord]
    Vous prenez le temps. Elle pose une question, puis une autre. # consent: dumas # score: ethique +2 Expliquer ce qui sera partagé, avec qui et pourquoi, puis recueillir son accord : le secret professionnel partagé ne vaut qu’avec le consentement éclairé de la personne.
    Ils sauront tout ce que je vous ai raconté ? # speaker: dumas # mood: worried
    Non : c’est le secret professionnel partagé. Chacun saura seulement ce qui lui est utile : son expérience et ses disponibilités pour le centre de formation, par exemple. Pour la période en entreprise, une association, Tremplin Stages, cherche des restaurants avec les jeunes. # term: secret_partage
    D’accord pour les Toques. Et pour Tremplin Stages aussi, s’ils cherchent avec moi. # speaker: dumas # agree: dumas tremplin
    { knows_need("dumas", "garde_enfants"):
        Vous lui parlez aussi du Relais Petite Enfance de la communauté de communes, qui connaît les places chez les assistantes maternelles.
        Pour Noah ? Oui. Mais je veux rencontrer la personne avant de le lui confier. # speaker: dumas # agree: dumas rpe
    }
    Rassurée, elle signe l’accord de partage d’informations. # term: consentement
+ [La rassurer d’une phrase : « Ne vous inquiétez pas, on travaille entre professionnels. »]
    Elle hoche la tête sans poser de question. Vous gagnez dix minutes. # score: ethique -2 « Entre professionnels » ne remplace pas son accord : expliquer ce qui sera partagé, avec qui et pourquoi, puis recueillir son consentement, c’est la base du secret professionnel partagé.
-   Une dernière question vous vient, alors qu’elle remet son manteau.
+ [Conclure : vous avez de quoi démarrer, inutile d’alourdir ce premier rendez-vous]
    Vous la raccompagnez jusqu’à la porte. # score: reseau -1 Sans demander qui l’accompagne déjà, vous risquez de doubler un suivi existant : à 24 ans, la mission locale est souvent la référente.
+ [Lui demander si quelqu’un l’accompagne déjà]
    Oui, Mme Lambert, à la mission locale. Je suis en contrat d’engagement jeune, mais je ne l’ai pas vue depuis deux mois. # speaker: dumas # score: reseau +1 Demander qui accompagne déjà la personne évite les doublons : on se coordonne avec la référente au lieu de la remplacer.
    ~ ml_known = true
    Vous notez le nom de Mme Lambert : il faudra vous coordonner avec elle.
-   Sur le pas de la porte, elle se retourne.
    Vous croyez vraiment que la cuisine, c’est possible pour moi ? # speaker: dumas
    Vous ne promettez rien. Vous lui dites que vous allez chercher, avec d’autres, et que vous la rappellerez. Elle repart avec un rendez-vous dans quinze jours.
    -> team_meeting

=== team_meeting ===
Mardi, réunion d’équipe. Nadia Ferhat, la coordinatrice, parcourt un ordre du jour déjà trop long : le bilan du trimestre, deux recrutements, la permanence de mercredi. # scene: meeting
On a vingt minutes de retard. Quelqu’un a une situation à présenter, ou on passe directement au bilan du trimestre ? # speaker: nadia
+ [Présenter la situation de Mme Dumas : son projet, ses atouts, ses contraintes]
    En cinq minutes, vous résumez la cuisine, le CAP, ce qu’elle attend de vous. Autour de la table, on pose les stylos. # time: 1 # score: equipe +2 Présenter la situation en réunion d’équipe permet de recueillir les idées et les réseaux de chacun : c’est la première étape du travail en réseau.
    -> ideas
+ [Tout raconter d’elle, sa famille et son histoire comprises : l’équipe pourra mieux l’aider]
    Pendant dix minutes, vous racontez sa mère, ses frères, l’école, ce qu’elle vous a confié en baissant les yeux. Autour de la table, on écoute. # time: 1 # score: equipe +2 Présenter la situation en réunion d’équipe permet de recueillir les idées et les réseaux de chacun. # score: ethique -1 Mais même entre collègues, on ne dit que ce qui sert l’accompagnement : ce qu’elle vous a confié de sa famille n’avait pas à faire le tour de la table.
    -> ideas
+ [Laisser passer : vous en parlerez quand vous saurez ce qu’elle accepte qu’on dise d’elle]
    Vous gardez le dossier pour vous et la réunion passe au bilan du trimestre. # score: ethique +1 Se demander ce que la personne accepte qu’on dise d’elle est un bon réflexe. # score: equipe -2 Mais présenter son projet à l’équipe, sans rien de son intimité, n’exigeait pas d’attendre : la réunion interne est la première étape de l’étude de cas, et vous vous privez des compétences de vos collègues.
    -> corridor

= ideas
Sam Benali lève les yeux de son carnet.
De la cuisine ? Je connais bien Paul Girard, le chef du Bistrot du Marché. Il prend des stagiaires, à condition qu’on les lui présente bien. # speaker: sam # mood: happy
{ knows_need("dumas", "garde_enfants"):
    Et pour son fils, il y a le Relais Petite Enfance. Mme Benson sait quelles assistantes maternelles ont des places. Je la connais bien. # speaker: claire
- else:
    Elle a arrêté le lycée pour sa famille… Elle a des enfants ? Qui les garde, si elle entre en formation ? # speaker: claire
    Vous n’en savez rien. L’après-midi, vous rappelez Mme Dumas : elle a un fils de trois ans, Noah, et personne pour le garder en journée. # need: dumas garde_enfants
    Le Relais Petite Enfance ? Oui, appelez-les. Mais je veux rencontrer la personne avant de lui confier Noah. # speaker: dumas # agree: dumas rpe
}
Nadia regarde l’horloge, puis le tableau où Sam a griffonné deux noms.
Voilà pourquoi on fait cette réunion. Bon. Qui fait quoi ? # speaker: nadia
+ [Conclure : « Chacun regarde de son côté ce qu’il peut faire, et on en reparle. »]
    Tout le monde acquiesce et repart vers ses dossiers. Personne ne sait vraiment qui appellera qui. # score: equipe -1 Sans répartition claire, chacun suppose que l’autre s’en occupe : dire qui fait quoi transforme les idées de l’équipe en actions.
+ [Répartir : Sam vous présentera à M. Girard, Claire appellera le Relais Petite Enfance, vous coordonnez]
    Nadia l’inscrit au compte rendu ; Sam et Claire notent leur part. # score: equipe +1 Dire qui fait quoi, et l’écrire, mobilise les compétences de chacun sans doublon ni oubli.
    ~ claire_help = true
-   -> week1_end

= corridor
Le soir, Claire Morel passe la tête par la porte de votre bureau.
Tu as l’air d’avoir un nouveau dossier sur les bras. Besoin d’un coup de main ? # speaker: claire
+ [Lui résumer la situation de Mme Dumas et lui demander conseil]
    Elle s’assoit sur le coin du bureau et vous écoute jusqu’au bout. # score: equipe +1 Même hors réunion, demander conseil à une collègue permet de s’appuyer sur son expertise : ici, les services de la petite enfance.
    { knows_need("dumas", "garde_enfants"):
        Pour son fils, vois le Relais Petite Enfance. Je connais bien Mme Benson : je ferai le lien avec elle. # speaker: claire
    - else:
        Elle a arrêté pour sa famille ? Elle a des enfants ? Qui les garde, si elle entre en formation ? # speaker: claire
        Vous n’en savez rien. Le lendemain, vous rappelez Mme Dumas : elle a un fils de trois ans, Noah, et personne pour le garder en journée. # need: dumas garde_enfants
        Le Relais Petite Enfance ? Oui, appelez-les. Mais je veux rencontrer la personne avant de lui confier Noah. # speaker: dumas # agree: dumas rpe
    }
    ~ claire_help = true
+ [« Merci, ça ira. Je gère. »]
    Claire n’insiste pas et referme la porte. # score: equipe -1 Décliner l’aide d’une collègue qui connaît les services de la petite enfance, c’est se priver d’une compétence de l’équipe.
-   -> week1_end

=== week1_end ===
Vendredi, Nadia passe à votre bureau, une tasse à la main.
Pour le rapport trimestriel au Département, il me faudrait un exemple de premier accueil. Celui de Mme Dumas serait parfait. # speaker: nadia
+ [Le lui donner tel quel, avec son prénom, son âge, son histoire : c’est ce qui le rend parlant]
    Nadia le colle dans le rapport. # score: communication +1 Un exemple concret rend visible, pour le financeur, ce que le travail en réseau change. # score: ethique -2 Mais un rapport au Département n’a pas à permettre de la reconnaître : sans son accord, et sans nécessité, c’est contraire au RGPD. Les rapports aux financeurs sont anonymisés.
+ [Le raconter sans nom, sans âge, sans rien qui permette de la reconnaître]
    Un récit anonymisé : une jeune femme, une expérience en cuisine sans diplôme, un projet de CAP et une équipe qui s’y met. Nadia sourit : c’est exactement ce qu’il fallait. # term: anonymisation # score: ethique +1 Un récit anonymisé ne dit rien qui permette de reconnaître la personne : c’est ce que le RGPD demande des rapports aux financeurs. # score: communication +1 Et le financeur voit ce que le travail en réseau change.
+ [Refuser de donner un exemple : ce qu’elle vous a confié ne sort pas de Relais Insertion]
    Nadia soupire : elle cherchera ailleurs. # score: ethique +1 Protéger ce qu’elle vous a confié est juste. # score: equipe -1 Mais un récit anonymisé aurait servi le rapport de l’équipe sans rien révéler d’elle : refuser tout exemple laisse Nadia sans rien.
-   Le soir, vous relisez vos notes. { knows_need("dumas", "garde_enfants"): Trois besoins se dessinent : une formation en cuisine, une solution de garde pour Noah, puis une période en entreprise.| Deux besoins se dessinent : une formation en cuisine, puis une période en entreprise. } # week
-> week2

=== week2 ===
Le lundi suivant, vous étalez sur la table la carte du territoire : c’est le moment de la cartographie des partenaires. # scene: territory # time: 1 # term: cartographie
Les noms s’alignent : Les Toques de Valmoran, qui préparent au CAP cuisine ; Tremplin Stages, qui trouve des stages aux jeunes ; le Bistrot du Marché ; le Relais Petite Enfance de la communauté de communes ; le CCAS ; l’agence France Travail ; la mission locale du Val de Moran. Sept partenaires, chacun avec sa mission, ses délais, sa façon de travailler.
Mercredi sera pris par la permanence d’accueil, et vous gardez le vendredi matin pour appeler le centre de formation. Il reste trois demi-journées pour les autres contacts : vous ne pourrez pas voir tout le monde. # time: 1
{ claire_help:
    Claire passe vous voir : comme convenu, elle a appelé Mme Benson, au Relais Petite Enfance. Deux assistantes maternelles auront une place le mois prochain ; il faudra rappeler Mme Benson dès que la date d’entrée en formation sera connue. Une démarche de moins pour vous.
    ~ rpe_done = true
}
{ has_consent("dumas"): -> hub }
Avant d’appeler qui que ce soit, une pensée vous arrête : Mme Dumas n’a jamais donné son accord pour que vous parliez d’elle.
+ [Commencer les contacts : vous lui en parlerez à son prochain rendez-vous]
    Vous décrochez le téléphone. Au fond, elle a eu l’air d’accord sur tout. # score: ethique -1 Parler d’une personne à des partenaires sans son accord, même avec de bonnes intentions, c’est décider à sa place : le consentement se recueille avant, pas après.
+ [La rappeler d’abord pour lui expliquer ce que vous allez partager, et recueillir son accord, même si cela coûte une demi-journée]
    Cette fois, vous prenez le temps : ce que vous partagerez, avec qui, pourquoi. Elle accepte, soulagée qu’on lui pose la question. # time: 1 # consent: dumas # score: ethique +1 Avant de parler d’elle aux partenaires, vous recueillez son accord éclairé : mieux vaut tard que jamais.
    D’accord pour les Toques, et pour Tremplin Stages s’ils cherchent avec moi. # speaker: dumas # agree: dumas tremplin
    { knows_need("dumas", "garde_enfants"):
        Et pour Noah, le Relais Petite Enfance, oui. Mais je veux rencontrer la personne avant de le lui confier. # speaker: dumas # agree: dumas rpe
    }
-   -> hub

= hub
{ time_left() <= 1: -> recap }
{
- time_left() >= 4:
    Il vous reste trois demi-journées de contacts : à quoi consacrez-vous la première ?
- time_left() == 3:
    Il vous reste deux demi-journées de contacts : à quoi consacrez-vous la prochaine ?
- else:
    Il vous reste une dernière demi-journée de contacts : à quoi la consacrez-vous ?
}
+ { not tremplin_done } [La période en entreprise qu’il lui faudra pendant sa formation]
    Pour trouver un restaurant, vous pensez à Tremplin Stages, l’association de M. Julien Roux. Que lui demandez-vous ? # time: 1
    ++ [Un stage en restauration, calé sur le calendrier de sa future formation # place: tremplin]
        Ça, c’est exactement notre métier. # speaker: tremplin # mood: happy # score: reseau +1 Demander à chaque partenaire ce qui relève de sa mission : à Tremplin Stages, un stage en lien avec la formation visée.
    ++ [Un emploi en cuisine pour Mme Dumas, tout de suite : elle a besoin de revenus # place: tremplin]
        Un emploi ? Nous, on trouve des stages, adossés à une formation. Lui chercher un poste sans qualification, ce serait la détourner de son CAP. # speaker: tremplin # mood: worried # score: reseau -1 Demander à un partenaire ce qui n’est pas sa mission brouille le parcours : Tremplin Stages trouve des stages liés à une formation, pas des emplois.
    --  Une PFMP, la période en entreprise de quelqu’un qui prépare un CAP cuisine, on sait faire : on travaille avec une dizaine de restaurants. Envoyez-moi le calendrier de la formation dès qu’il est connu. # speaker: tremplin # term: pfmp
        ~ tremplin_done = true
+ { not garde_asked && not rpe_done && knows_need("dumas", "garde_enfants") } [La garde de Noah]
    Pour une place en crèche ou chez une assistante maternelle, à qui vous adressez-vous ? # time: 1
    ++ [Au Relais Petite Enfance de la communauté de communes # place: rpe]
        Mme Aïcha Benson vous écoute et prend des notes. # score: reseau +1 Le Relais Petite Enfance informe les parents et connaît les places chez les assistantes maternelles : c’est le bon partenaire pour ce besoin.
        Deux assistantes maternelles de Valmoran auront une place le mois prochain. Il faudra que Mme Dumas les rencontre vite. Rappelez-moi dès que vous connaissez sa date d’entrée en formation. # speaker: rpe
        ~ rpe_done = true
    ++ [Au CCAS : vous connaissez si bien Mme Caron qu’elle ne vous refuse jamais rien # place: ccas]
        Martine Caron vous écoute, puis secoue la tête, gênée : la petite enfance, à Valmoran, c’est la communauté de communes, et c’est son Relais Petite Enfance qui connaît les places. Le CCAS, lui, s’occupe des droits et des aides ponctuelles. # score: reseau -2 Solliciter un partenaire hors de sa mission parce qu’on le connaît bien le met en difficulté et fait perdre du temps : la garde d’enfants relève du Relais Petite Enfance.
    --  ~ garde_asked = true
+ { not bistrot_done } [Un restaurant qui pourrait l’accueillir : le Bistrot du Marché, de M. Girard]
    Sam connaît bien le chef. Comment vous y prenez-vous ? # time: 1
    ++ [Demander à Sam de vous présenter à M. Girard # place: bistrot]
        Paul, je te présente quelqu’un de mon équipe. On accompagne une jeune qui a grandi dans la cuisine de sa mère. # speaker: sam
        Un ami de Sam est toujours le bienvenu. Des stagiaires, j’en prends, si le centre de formation et l’association suivent. Présentez-la-moi quand son CAP sera calé. # speaker: bistrot # mood: happy # trust: bistrot +10 # score: equipe +1 S’appuyer sur le réseau d’un collègue ouvre les portes plus vite : c’est la synergie des compétences de l’équipe.
    ++ [Appeler vous-même M. Girard pour qu’il prenne Mme Dumas à l’essai dès la semaine prochaine # place: bistrot]
        À l’essai ? Sans convention, sans formation, sans l’avoir jamais vue ? Ce n’est pas comme ça que je travaille. # speaker: bistrot # mood: annoyed # trust: bistrot -5
        Le soir, Sam soupire : il connaît Paul Girard depuis dix ans, il vous aurait ouvert la porte. # score: equipe -1 Contacter un employeur sans passer par le collègue qui le connaît, c’est se priver de la synergie des compétences de l’équipe.
        ~ bistrot_direct = true
    --  ~ bistrot_done = true
+ { not ref_asked } [L’accompagnement vers l’emploi dont elle bénéficie peut-être déjà]
    { ml_known: Mme Dumas vous a parlé de Mme Lambert, sa conseillère à la mission locale. | Vous ne savez pas si quelqu’un la suit déjà. } Qui appelez-vous ? # time: 1
    ++ [France Travail, pour lui ouvrir un second accompagnement et multiplier ses chances # place: france_travail]
        Vous envoyez son dossier à M. Thomas Nguyen, qui vous rappelle dans l’heure.
        Elle est en contrat d’engagement jeune avec la mission locale, vous dit-il. Deux accompagnements en parallèle, ce serait deux fois plus de rendez-vous, pas une chance de plus. # score: reseau -2 Multiplier les accompagnements ne multiplie pas les chances : la mission locale est déjà référente, France Travail n’a pas à faire doublon, et Mme Dumas vous avait dit ne pas vouloir y retourner. Chaque partenaire a son rôle.
        Il vous donne au moins le nom de sa conseillère : Mme Lambert, à la mission locale.
    ++ [La mission locale, pour vous coordonner avec sa conseillère # place: mission_locale]
        Sophie Lambert décroche à la première sonnerie. Vous lui proposez un partage des rôles : elle garde le suivi du contrat d’engagement jeune, vous portez le projet de formation. # score: reseau +2 Se coordonner avec la référente existante plutôt que doubler son accompagnement : chacun garde son rôle, et le parcours reste lisible pour la personne.
        Avec plaisir. J’allais lui proposer une formation courte d’agent de restauration, mais un CAP, c’est plus ambitieux, et ça lui ressemble. Et l’allocation du CEJ peut continuer pendant sa formation : je regarde avec elle. # speaker: mission_locale # mood: happy
        ~ ml_done = true
    --  ~ ref_asked = true
-   -> hub

= recap
Jeudi soir, vous reportez vos contacts sur la carte du territoire.
{ tremplin_done:
    Tremplin Stages a le projet de Mme Dumas en main. # refer: dumas tremplin
}
{ rpe_done:
    Le Relais Petite Enfance a ouvert une demande pour Noah. # refer: dumas rpe
}
{ bistrot_direct:
    M. Girard, lui, a entendu parler de Mme Dumas, et pas dans les meilleures conditions. # refer: dumas bistrot
}
~ ml_known = false
~ claire_help = false
~ garde_asked = false
~ ref_asked = false
~ bistrot_done = false
~ bistrot_direct = false
-> call

= call
Vendredi matin, avant de décrocher, vous relisez vos notes d’entretien. Mme Leroy ne connaît pas Mme Dumas ; ce que vous direz dans les cinq prochaines minutes sera sa première image d’elle.
Vous appelez Mme Hélène Leroy, responsable des admissions aux Toques de Valmoran, le centre de formation qui prépare au CAP cuisine. # scene: phone # time: 1
Un profil pour notre CAP ? Il se prépare en un an, avec deux périodes en entreprise au printemps. La prochaine session démarre dans un mois, et la commission d’admission se réunit dans quinze jours. Parlez-moi d’elle. # speaker: cfp_cuisine
+ [Son expérience en cuisine, sa motivation, ses disponibilités # place: cfp_cuisine]
    Son expérience au restaurant, sa motivation, ses disponibilités. Rien de plus : le reste lui appartient. # share: dumas cfp_cuisine # score: ethique +1 Ne partager que ce dont le partenaire a besoin, ici ses compétences et ses disponibilités, respecte le secret professionnel partagé. # score: communication +1 Une présentation claire donne au centre ce qu’il lui faut pour étudier la candidature.
+ [Son histoire entière, sa famille et l’école arrêtée comprises : Mme Leroy comprendra mieux ses contraintes # place: cfp_cuisine]
    Vous déroulez toute l’histoire de Mme Dumas. Au bout du fil, Mme Leroy prend des notes, puis se tait, un peu gênée. # share: dumas cfp_cuisine # score: communication +1 Le centre comprend mieux ses contraintes et peut s’organiser. # score: ethique -2 Mais le centre n’a pas besoin de son histoire familiale pour étudier sa candidature : le secret professionnel partagé, c’est seulement ce qui est nécessaire, et ce qu’elle a accepté qu’on dise.
+ [Son expérience et sa motivation ; ses disponibilités, vous les donnerez une fois confirmées avec elle # place: cfp_cuisine]
    Vous parlez du restaurant, des quatre-vingts couverts, de son envie. Pour les horaires, vous restez sur la réserve. # share: dumas cfp_cuisine # score: ethique +1 Ne dire que ce qu’elle a confirmé protège sa vie privée. # score: communication -1 Mais sans disponibilités, le centre ne peut pas réserver de place : une présentation claire donne aussi les contraintes qu’elle a accepté de faire connaître.
-   Ce profil m’intéresse. Il me faut son dossier de candidature complet avant la commission. Je peux compter sur vous ? # speaker: cfp_cuisine
+ [« Vous l’aurez avant la commission, dans quinze jours. Je le monte avec elle. »]
    Mme Leroy note la date. # commit: cfp_cuisine 2 Envoyer le dossier de candidature complet de Mme Dumas avant la commission d’admission # score: communication +1 Dire clairement ce que vous ferez et pour quand permet au partenaire de s’organiser : une information transparente vaut mieux qu’un « on verra ». # score: ethique -1 Mais vous engagez Mme Dumas sur un délai sans lui avoir demandé si elle pourra le tenir : c’est son dossier.
    Alors je lui garde une place. Et je vous appelle le soir même de la commission pour vous donner la réponse. # speaker: cfp_cuisine # mood: happy # pledge: cfp_cuisine 2 Appeler le soir même de la commission pour donner la réponse
    ~ promised = true
+ [« Je vais faire au mieux, je vous tiens au courant. »]
    Un silence au bout du fil. # trust: cfp_cuisine -5 # score: communication -1 Une réponse vague empêche le partenaire de s’organiser : il ne peut pas bloquer une place sur un « au mieux ». # score: confiance +1 Ne pas promettre un délai dont vous n’êtes pas sûr évite de manquer à votre parole : la confiance se nourrit de promesses tenables.
    Je ne peux pas bloquer une place sur un « au mieux ». Envoyez-le quand vous pourrez, on verra ce qui reste. # speaker: cfp_cuisine
-   Autre chose : nous aimerions présenter le CAP à des publics comme les vôtres. Vous pourriez nous accueillir à l’une de vos réunions d’information collectives ? # speaker: cfp_cuisine
+ [Décliner poliment : vos réunions d’information sont complètes jusqu’à l’été, l’équipe l’a décidé en juin]
    Je comprends. Une autre fois, peut-être. # speaker: cfp_cuisine # score: equipe +1 Vous tenez le planning décidé en équipe. # score: confiance -1 Mais la confiance se nourrit de réciprocité : refuser de rendre service au partenaire, c’est ne l’appeler que quand on a besoin de lui.
+ [Lui proposer tout de suite le créneau de votre prochaine réunion d’information, jeudi en huit]
    Avec plaisir ! C’est rare qu’on nous le propose. # speaker: cfp_cuisine # mood: happy # score: confiance +1 Accueillir le partenaire à votre tour, c’est la réciprocité qui construit une confiance durable. # score: equipe -1 Mais ce créneau était prévu pour une autre structure : vous engagez l’équipe sans en parler à Nadia.
+ [Accepter sur le principe, et lui proposer une date après en avoir parlé à Nadia]
    Avec plaisir. J’attends votre date. # speaker: cfp_cuisine # mood: happy # score: confiance +1 Accueillir le partenaire à votre tour, c’est la réciprocité qui construit une confiance durable. # score: equipe +1 Vérifier le planning avec la coordinatrice avant de promettre un créneau, c’est engager l’équipe avec elle.
-   Vous raccrochez. Sur la carte, les flèches partent désormais de Relais Insertion dans plusieurs directions. La semaine s’achève. # week
    -> week3

=== week3 ===
Le lundi suivant, le téléphone sonne : c’est Sophie Lambert, de la mission locale. # scene: phone # share: dumas mission_locale
{ ml_done: -> ml_news | -> ml_call }

= ml_news
Je vois Mme Dumas jeudi pour son contrat d’engagement jeune. Où en est son projet de CAP ? # speaker: mission_locale
+ [« Je préfère qu’elle vous en parle elle-même jeudi : c’est son projet. »]
    Ah. Je la verrai donc sans rien savoir. # speaker: mission_locale # mood: worried # score: ethique +1 Laisser la personne parler de son projet est respectueux. # score: communication -1 Mais Mme Lambert l’accompagne elle aussi, avec son accord : sans les dates, elle ne peut pas préparer le rendez-vous. Entre les deux référentes, une information régulière est due.
+ [Lui dire où en est le projet, et lui envoyer le calendrier de formation dès demain]
    Parfait, je pourrai en parler avec elle jeudi. # speaker: mission_locale # mood: happy # score: communication +1 Informer la référente au fil de l’eau, sans attendre qu’elle le demande ni la fin du mois : c’est une communication régulière et transparente.
+ [Tout lui dire, y compris que la garde de son fils n’est pas réglée, pour qu’elle ait le tableau complet]
    Merci, ça m’aide à préparer jeudi. # speaker: mission_locale # score: communication +1 La référente a de quoi préparer le rendez-vous. # score: ethique -1 Mais la garde de son fils, c’est à Mme Dumas d’en parler si elle le souhaite : le secret professionnel partagé ne couvre que ce qui est nécessaire.
-   -> coordination

= ml_call
Mme Dumas m’apprend que vous lui montez un dossier de CAP. J’aurais aimé le savoir : je la suis depuis un an, et je lui préparais une autre formation. # speaker: mission_locale # mood: annoyed
+ [Reconnaître le manque d’information et lui proposer de vous coordonner désormais]
    Vous auriez dû la prévenir, et vous le lui dites. Vous proposez un partage des rôles : elle garde le suivi du contrat d’engagement jeune, vous portez le projet de formation. # score: communication +1 Reconnaître un manque d’information et proposer un mode de coordination rétablit une communication ouverte avec la référente.
    D’accord. Tenez-moi au courant, c’est tout ce que je demande. # speaker: mission_locale
+ [Lui expliquer que la semaine a été très chargée et que personne ne vous avait parlé d’elle]
    Je vois. # speaker: mission_locale # mood: annoyed # score: communication -1 Se justifier plutôt que reconnaître le manque d’information entretient la méfiance : la communication ouverte, c’est aussi dire « j’aurais dû vous prévenir ».
    Elle raccroche sans proposer de se revoir.
-   -> coordination

= coordination
Mardi, vous réunissez les partenaires du projet dans la petite salle de Relais Insertion. Café, calendriers imprimés, un tableau blanc. # scene: meeting # time: 2
~ ml_done = false
{ tremplin_done:
    -> three_way
- else:
    -> centre_only
}

= three_way
Mme Leroy a apporté le calendrier de la formation ; M. Roux, une piste de stage. Ils ne s’étaient jamais rencontrés : chacun connaissait l’autre de nom, par des jeunes qu’ils avaient suivis sans jamais se parler.
Les cours ont lieu du lundi au jeudi, de 8 h à 16 h, avec deux périodes en entreprise de trois semaines, au printemps. # speaker: cfp_cuisine
Le Bistrot du Marché cherche quelqu’un tout de suite, les vendredis et samedis, midi et soir. Si on attend le printemps, la place sera prise. # speaker: tremplin
Et si elle s’épuise avant l’examen, on aura tout perdu. # speaker: cfp_cuisine # mood: annoyed
Le ton monte. M. Roux vous lance un regard : il compte sur vous.
+ [Couper court, et régler ça plus tard en aparté avec M. Roux, qui est plus souple]
    Après la réunion, dans le couloir, vous convenez avec M. Roux d’un stage le vendredi et le samedi dès le mois prochain. Mme Leroy l’apprend le lendemain, par courriel. # score: communication -2 Régler un désaccord en aparté avec un seul partenaire crée des surprises et des rancœurs : les difficultés se discutent ouvertement, avec tous les acteurs concernés.
    Vous auriez pu me le dire en face. Six jours sur sept dès la rentrée, je n’y crois pas. # speaker: cfp_cuisine # mood: annoyed
+ [Mettre le désaccord sur la table : chacun expose ses contraintes, et vous cherchez ensemble un calendrier]
    Vous reprenez les contraintes une à une au tableau, sans trancher pour l’un ou pour l’autre. # bond: cfp_cuisine tremplin +10 # score: communication +2 Mettre le désaccord sur la table, avec les deux partenaires, évite les malentendus : chacun comprend les contraintes de l’autre et la solution est partagée.
    Le compromis vient de M. Roux lui-même : la PFMP se fera au Bistrot au printemps et, d’ici là, Mme Dumas fera une journée de découverte au Bistrot, un vendredi. Il se charge de convaincre le restaurant d’attendre. Mme Leroy hoche la tête, et les deux échangent leurs numéros.
    ~ clash_ok = true
-   Il me faut encore l’accord du chef. Sam Benali connaît bien M. Girard, non ? Vous pouvez me le confirmer d’ici demain ? # speaker: tremplin
+ [« Lundi. Sam le voit ce week-end ; je vous appelle lundi midi. »]
    Lundi, ça me va. Au moins, c’est clair. # speaker: tremplin # score: confiance +1 Donner une date que vous pouvez tenir, plutôt que celle qui fait plaisir, rend votre parole fiable.
+ [« Demain sans faute. » Il a l’air tellement soulagé]
    M. Roux vous remercie chaleureusement. Mais M. Girard ne répond jamais avant le lundi : le lendemain soir, c’est M. Roux qui rappelle, agacé. # score: confiance -1 Promettre une date qu’on ne peut pas tenir, pour faire plaisir, use la confiance : la parole donnée doit être tenable.
-   -> decide

= centre_only
Mme Leroy est venue seule, avec le calendrier de la formation.
Les cours ont lieu du lundi au jeudi, de 8 h à 16 h, avec deux périodes en entreprise de trois semaines, au printemps. Qui l’accompagne pour trouver son stage ? # speaker: cfp_cuisine
Personne. Vous n’avez pas contacté Tremplin Stages, l’association qui aide les jeunes à trouver un stage. Vous appelez M. Roux dès la fin de la réunion ; il promet de chercher, mais il commence bien tard. # refer: dumas tremplin
-> decide

= decide
Bon. On valide ce planning et on le lui envoie ? # speaker: cfp_cuisine
+ [Appeler Mme Dumas avant de valider : c’est son planning, c’est à elle de dire s’il tient]
    Vous l’appelez depuis la salle de réunion, pendant que Mme Leroy regarde sa montre : elle a un autre rendez-vous. # score: ethique +2 Décider avec la personne et non pour elle : c’est elle qui sait si un planning est tenable, et c’est son parcours. # score: communication -1 Mais la réunion se termine sans planning arrêté : les partenaires repartent sans rien de sûr, et il faudra les rappeler.
    { knows_need("dumas", "garde_enfants"):
        Les cours à 8 h, ça ira si Noah a sa place chez l’assistante maternelle. Et je veux garder la possibilité d’un petit contrat le samedi : sans lui, je ne tiens pas le mois. # speaker: dumas
    - else:
        Les cours à 8 h ? Mais… je n’ai personne pour garder mon fils. Il a trois ans. Je n’avais pas osé vous le dire. # speaker: dumas # mood: sad # need: dumas garde_enfants
        Le Relais Petite Enfance ? Oui, appelez-les. Mais je veux rencontrer la personne avant de lui confier Noah. # speaker: dumas # agree: dumas rpe
    }
+ [Valider le planning entre professionnels et le lui envoyer : elle sera contente que tout soit prêt]
    Le planning part le soir même, avec un mot chaleureux. Mme Leroy et M. Roux repartent avec des dates sûres. # score: communication +1 Les partenaires repartent avec un calendrier clair. # score: ethique -2 Mais valider un planning sans la personne, c’est choisir son parcours à sa place : elle seule sait s’il est tenable.
    { knows_need("dumas", "garde_enfants"):
        Le lendemain, elle vous répond par un message inquiet : tout dépendra de la place de Noah chez l’assistante maternelle, et du petit contrat du samedi qu’elle espérait, dont personne ne lui a parlé.
    - else:
        Le lendemain, elle vous appelle, paniquée : les cours à 8 h, c’est impossible. Elle a un fils de trois ans, Noah, et personne pour le garder. Elle n’avait pas osé le dire. # need: dumas garde_enfants
        Le Relais Petite Enfance ? Oui, si vous pensez que ça peut marcher. # speaker: dumas # agree: dumas rpe
    }
-   Mercredi, vos autres accompagnements vous prennent toute la journée : un entretien de diagnostic, deux premiers rendez-vous, une personne qui arrive sans rendez-vous et repart avec une orientation. # scene: office # time: 2
    { not rpe_done:
        Entre deux rendez-vous, vous appelez enfin le Relais Petite Enfance. Mme Benson est navrée : les places du mois prochain sont parties, la suivante sera dans deux mois. Elle inscrit Noah sur la liste. # refer: dumas rpe
    }
    { rpe_done && not is_solved("dumas", "garde_enfants"):
        -> callback
    }
    -> thursday

= callback
Mme Benson vous avait demandé de la rappeler dès que la date d’entrée en formation serait connue. Elle l’est depuis hier.
+ [Attendre qu’elle vous rappelle : elle a sûrement d’autres dossiers, inutile de la relancer]
    Vous passez au dossier suivant. Le soir, une des deux places est partie à une autre famille ; l’autre, l’assistante maternelle la promet à qui se décidera en premier. # score: confiance -1 Ne pas rappeler un partenaire comme convenu, c’est laisser l’échange s’éteindre : la confiance se nourrit de contacts réguliers et des informations promises.
+ [La rappeler tout de suite avec la date : un coup de fil de dix minutes]
    Parfait. J’appelle l’assistante maternelle aujourd’hui : Mme Dumas pourra la rencontrer avec Noah avant de décider, et il pourra commencer le mois prochain. # speaker: rpe # mood: happy # trust: rpe +5 # solve: dumas garde_enfants # score: confiance +1 Rappeler un partenaire comme convenu, avec les informations promises, entretient un contact régulier et fiable.
-   -> thursday

= thursday
~ rpe_done = false
Jeudi matin, Tremplin Stages réunit les restaurateurs du secteur et invite ses partenaires. C’est aussi la seule demi-journée libre qui vous reste pour monter avec Mme Dumas son dossier de candidature, et il en faudrait deux.
+ [Aller à la rencontre de Tremplin Stages, et décaler le rendez-vous de Mme Dumas à la semaine prochaine # place: tremplin]
    Vous y croisez trois restaurateurs ; M. Roux vous présente à chacun et vous remercie de votre présence. Mme Dumas, elle, répond à votre message par un simple « d’accord ». # time: 1 # score: confiance +1 Répondre à l’invitation d’un partenaire, même quand la semaine est pleine, c’est la réciprocité qui nourrit la confiance. # score: ethique -1 Mais décaler par message le rendez-vous promis à Mme Dumas, c’est faire passer son dossier après le réseau : c’est pourtant son projet.
+ [Décliner l’invitation et passer le jeudi et le vendredi matin avec Mme Dumas sur son dossier]
    Vous envoyez un mot d’excuse à M. Roux. Lettre de motivation, attestations, un CV qui met en valeur ses années au restaurant : vous l’écrivez avec elle, avec ses mots. Le dossier part vendredi midi, par la messagerie sécurisée du centre. # time: 2 # score: ethique +1 Monter le dossier avec elle, et non à sa place, respecte son projet. # score: confiance -1 Mais décliner l’invitation d’un partenaire et ne le voir que quand on a besoin de lui use la relation : la confiance se construit aussi par la présence.
    { promised:
        Mme Leroy accuse réception, avec une semaine d’avance sur la date promise. # keep: cfp_cuisine
    }
    ~ submitted = true
-   -> friday

= friday
Vendredi après-midi, Sam passe à votre bureau, son manteau sur le bras.
{ submitted:
    Aux Toques de Valmoran, le dossier de Mme Dumas attend la commission. # refer: dumas cfp_cuisine
}
Je déjeune demain avec Paul Girard. Je lui parle de Mme Dumas ? # speaker: sam
+ [« Oui, merci ! Prends son dossier, tout y est, tu verras. »]
    Sam glisse le dossier complet dans sa sacoche, lettre de motivation et notes d’entretien comprises. # score: equipe +1 S’appuyer sur le réseau d’un collègue, c’est la synergie de l’équipe. # score: ethique -1 Mais un dossier entier n’a pas à partir à un déjeuner : M. Girard n’a besoin que de son projet et de ses dates.
+ [« Attends un peu : elle ne m’a encore rien dit sur le Bistrot. »]
    Sam hausse les épaules : le déjeuner était l’occasion. # score: ethique +1 Vérifier ce qu’elle accepte qu’on dise d’elle à un nouvel employeur est juste. # score: equipe -1 Mais elle a accepté qu’on lui cherche un restaurant : en briefant Sam sur l’essentiel, vous pouviez utiliser son réseau sans rien trahir.
+ [Prendre un quart d’heure pour lui dire l’essentiel : le calendrier, ce que M. Roux attend, ce qu’elle accepte qu’on dise]
    Sam prend des notes : il présentera à M. Girard un projet clair, avec les bonnes dates. # score: equipe +1 Transmettre l’essentiel avant de passer le relais permet au collègue d’utiliser son réseau à bon escient : c’est la synergie des compétences. # score: ethique +1 Ne transmettre que ce qu’elle a accepté de faire connaître, même à un collègue, c’est le secret professionnel partagé.
    ~ brief_ok = true
-   La semaine se termine. # week
    -> week4

=== week4 ===
Le lundi suivant, au bureau. # scene: office
{
- tremplin_done && clash_ok && brief_ok && trust("bistrot") >= 40:
    Sam arrive avec une bonne nouvelle : M. Girard est d’accord pour accueillir Mme Dumas en PFMP au printemps. La convention, les Toques la prépareront ; M. Girard, Mme Dumas et le centre la signeront. # solve: dumas emploi
    J’ai promis à Sam de signer la convention et de la renvoyer aux Toques d’ici jeudi. Vous pouvez compter sur moi. # speaker: bistrot # mood: happy # pledge: bistrot 1 Signer la convention de PFMP et la renvoyer aux Toques d’ici jeudi
- tremplin_done && clash_ok && trust("bistrot") >= 50:
    Sam a parlé de Mme Dumas sans les dates, et M. Girard l’a crue disponible tout de suite. Mais il connaît Sam : après un coup de fil à M. Roux, c’est d’accord pour la PFMP au Bistrot du Marché, au printemps. # solve: dumas emploi
    Je signe la convention et je la renvoie aux Toques d’ici jeudi. Vous pouvez compter sur moi. # speaker: bistrot # pledge: bistrot 1 Signer la convention de PFMP et la renvoyer aux Toques d’ici jeudi
- tremplin_done && clash_ok:
    Sam revient de son déjeuner un peu gêné : M. Girard hésite, « plus tard, peut-être ». M. Roux cherchera un autre restaurant, mais le temps presse.
- tremplin_done:
    M. Roux vous appelle : Mme Leroy refuse de signer une convention de PFMP qui empiète sur les cours. Tant que le calendrier n’est pas remis à plat, la période en entreprise est bloquée.
- else:
    Sam a vu M. Girard : il veut bien rencontrer Mme Dumas, mais M. Roux vient à peine de commencer à chercher, et rien ne pourra se signer avant des semaines.
}
~ clash_ok = false
~ brief_ok = false
Un peu plus tard, Mme Dumas passe à l’accueil, Noah sur la hanche, pour déposer une attestation qui manquait. Elle a l’air plus droite qu’il y a un mois.
J’ai recommencé à cuisiner le soir, pour m’entraîner. Noah goûte tout. # speaker: dumas # mood: happy
{ submitted: -> panel }
-> deadline

= deadline
Nadia passe la tête par la porte.
Le bilan trimestriel pour le Département doit partir vendredi, et il manque ta partie. Il te faudra bien trois demi-journées. # speaker: nadia # mood: worried
La commission d’admission des Toques de Valmoran se réunit jeudi, et le dossier de Mme Dumas n’est toujours pas parti. Vous ne pourrez pas tout faire à temps.
+ [Vous plonger dans le bilan pour le Département : le dossier de Mme Dumas partira la semaine prochaine]
    Le bilan avance bien, et Nadia l’aura à temps. Le dossier de Mme Dumas reste dans votre bannette, et vous n’appelez pas Mme Leroy. # time: 3 # score: equipe +1 Tenir votre part du bilan commun, c’est ne pas laisser l’équipe en difficulté. # score: communication -1 Mais laisser passer la commission sans un mot à Mme Leroy, c’est la laisser découvrir seule que le dossier n’arrivera pas.
+ [Prendre deux demi-journées avec Mme Dumas pour boucler son dossier et l’envoyer avant la commission]
    Lettre de motivation, attestations, un CV qui met en valeur ses années au restaurant : le dossier part mercredi soir, par la messagerie sécurisée du centre. Le bilan, Nadia devra l’envoyer sans votre partie complète. # time: 2 # refer: dumas cfp_cuisine # score: equipe -1 Mais Nadia envoie le bilan commun avec un trou : il fallait au moins la prévenir plus tôt.
    { promised:
        Mme Leroy accuse réception : la promesse est tenue. # keep: cfp_cuisine
    }
    ~ submitted = true
+ { promised } [Appeler Mme Leroy pour lui demander une semaine de délai, le temps de finir le bilan]
    Vous l’appelez avant qu’elle ne s’inquiète. # time: 3 # score: communication +1 Prévenir d’un retard plutôt que laisser passer l’échéance en silence, c’est dire clairement ce que l’on ne peut pas tenir : la relation en souffre moins.
    Merci de me prévenir. Mais la commission, c’est jeudi : je ne pourrai pas lui garder sa place. # speaker: cfp_cuisine # mood: sad
-   -> panel

= panel
Jeudi, la commission d’admission se réunit. Vous y pensez toute la journée, entre deux rendez-vous. En fin d’après-midi, Mme Leroy vous appelle. # scene: phone # time: 6
{
- submitted && promised:
    Mme Dumas est admise. Son expérience a fait la différence : elle démarre le CAP cuisine le mois prochain. # speaker: cfp_cuisine # mood: happy # solve: dumas formation
- submitted:
    Son dossier est bon, mais sans place réservée, la session est complète. Je la mets en tête de liste pour la session suivante, dans six mois. # speaker: cfp_cuisine
- else:
    La commission s’est tenue sans son dossier. La session est complète : il faudra attendre la suivante, dans six mois. # speaker: cfp_cuisine # mood: sad
}
{ open_pledges("cfp_cuisine") > 0:
    Elle avait promis de vous appeler le soir même de la commission : elle l’a fait. # pledge_kept: cfp_cuisine
}
{ open_pledges("bistrot") > 0: -> convention }
-> outcome

= convention
Au passage, Mme Leroy ajoute une chose. La convention de PFMP du Bistrot du Marché n’est pas revenue. M. Girard avait promis de la renvoyer aujourd’hui. # speaker: cfp_cuisine # pledge_broken: bistrot
+ [Appeler M. Girard : lui dire simplement que la convention n’est pas arrivée, et lui demander ce qui coince]
    Ah, zut. Elle est sous la pile des factures. Merci de me le dire franchement : je la signe ce soir et je la dépose demain matin. # speaker: bistrot # mood: sad # score: confiance +2 Dire au partenaire, sans reproche, qu’un engagement n’a pas été tenu garde la relation ouverte : la confiance mutuelle se construit dans les deux sens.
+ [Demander à Sam de « secouer un peu » son ami Paul à leur prochain déjeuner]
    Sam promet d’en toucher un mot. M. Girard signe la convention la semaine suivante, vexé qu’on soit passé par son ami. # score: equipe +1 S’appuyer sur le collègue qui connaît le partenaire peut aider. # score: confiance -1 Mais faire passer un reproche par un tiers, c’est contourner le partenaire : dites-lui vous-même ce qui n’a pas été tenu.
+ [Demander à M. Roux de chercher un autre restaurant, au cas où, sans en parler à M. Girard]
    M. Roux appelle deux restaurants. Valmoran est petit : M. Girard l’apprend dès le lendemain. Il signe, mais il ne vous appellera plus de lui-même. # score: reseau +1 Prévoir une solution de repli avec le partenaire dont c’est la mission protège le parcours. # score: confiance -2 Mais contourner un partenaire qui a manqué un engagement, sans lui en parler, abîme la confiance des deux côtés.
-   -> outcome

= outcome
{
- (not is_solved("dumas", "garde_enfants")) || (not has_consent("dumas")):
    -> end_fragile
- not is_solved("dumas", "formation"):
    -> end_late
- not is_solved("dumas", "emploi"):
    -> end_partial
- else:
    -> end_success
}

=== end_success ===
Tout s’enchaîne : le CAP le mois prochain, une place pour Noah chez l’assistante maternelle, la PFMP au Bistrot du Marché au printemps. # scene: office
Au téléphone, elle rit pour la première fois depuis que vous la connaissez. Derrière elle, Noah réclame quelque chose en chantant.
Je n’aurais jamais cru qu’autant de monde se mettrait autour de moi. Ma mère ne me croit pas. # speaker: dumas # mood: happy
-> closing ->
Au printemps, Mme Dumas enfile sa veste blanche pour son premier service au Bistrot du Marché. M. Girard la trouve rapide et précise ; Mme Leroy, qui passe la voir, aussi. Le centre de formation, l’association, le Relais Petite Enfance, la mission locale et votre équipe ont chacun tenu leur part, sans se marcher dessus. C’est cela, travailler en réseau. # end
-> END

=== end_partial ===
Mme Dumas entre en CAP cuisine le mois prochain et Noah a sa place chez l’assistante maternelle. Mais sa période en entreprise, elle, n’est pas trouvée. # scene: office
{ tremplin_done: Le calendrier de la PFMP n’a pas été accordé à temps avec celui de la formation, ou le restaurant n’a pas suivi. | Faute d’avoir sollicité à temps l’association qui place les jeunes en stage, la recherche a commencé trop tard. }
Je vais commencer, c’est déjà ça. Mais sans stage, je n’aurai pas mon CAP, si ? # speaker: dumas # mood: worried
Vous lui expliquez que la recherche continue, et que la PFMP n’est qu’au printemps. Vous ne lui dites pas que les bons restaurants se décident maintenant.
-> closing ->
Au printemps, Mme Dumas suit ses cours avec sérieux, mais la première période en entreprise approche et M. Roux cherche encore un restaurant. Le parcours avance ; le réseau, lui, n’a pas été activé à temps sur tous les fronts. Un maillon a manqué. # end
-> END

=== end_late ===
Noah a sa place chez l’assistante maternelle, Mme Dumas est prête, mais le CAP attendra la session suivante, dans six mois. # scene: office
{ promised: Le dossier promis à Mme Leroy n’est pas arrivé à temps, et la place réservée est partie à quelqu’un d’autre. | Sans date ferme donnée à Mme Leroy, aucune place ne lui avait été réservée. }
Six mois… Je vais tenir. Je crois. J’ai déjà dit à tout le monde que je commençais. # speaker: dumas # mood: sad
-> closing ->
Vous convenez avec elle de rendez-vous réguliers jusqu’à la session suivante, pour que l’élan ne retombe pas, et Mme Lambert lui propose un atelier en attendant. Le parcours n’est pas perdu, seulement retardé : une date non tenue, ou jamais donnée, a coûté six mois. # end
-> END

=== end_fragile ===
{ has_consent("dumas"):
    Sans place pour Noah, Mme Dumas ne voit pas comment suivre des cours qui commencent à 8 h. Elle parle d’abandonner avant même d’avoir commencé. # scene: office
    Je ne peux pas laisser mon fils tout seul. Tant pis pour la cuisine. # speaker: dumas # mood: sad
    Vous l’entendez retenir ses larmes. Tout ce qui a été construit en un mois tient à une place de garde qui n’existe pas.
- else:
    Vendredi, Mme Dumas ne vient pas au rendez-vous. Au téléphone, sa voix est froide : les partenaires qu’elle a rencontrés connaissaient déjà sa vie, et personne ne lui avait demandé son avis. # scene: office
    Tout le monde sait tout sur moi, maintenant. On ne m’a rien demandé. # speaker: dumas # mood: sad
    Vous cherchez que répondre. Il n’y a rien à répondre : elle a raison.
}
-> closing ->
Le risque de décrochage est réel : Mme Dumas ne répond plus qu’à un message sur deux.
{ has_consent("dumas"):
    Tout le reste pouvait se mettre en place ; il manquait la solution de garde, sans laquelle rien ne tient. Il faudra du temps pour renouer le fil. # end
- else:
    La confiance qu’elle vous avait faite s’est abîmée le jour où ses informations ont circulé sans son accord. Il faudra du temps pour renouer le fil. # end
}
-> END

=== closing ===
Vendredi midi, à la pause, Nadia vous demande où en est Mme Dumas. # scene: office
+ [Proposer de raconter le parcours à la prochaine réunion d’équipe : ce qui a marché, ce qui a coincé]
    Bonne idée. Dix minutes mardi, je le note. # speaker: nadia # mood: happy # score: equipe +1 Faire le bilan d’un parcours en équipe valorise les compétences de chacun et prépare les suivants : la synergie se cultive.
+ [Vous contenter d’un « ça suit son cours » : la réunion de mardi a déjà un ordre du jour trop long]
    Nadia hoche la tête et passe à autre chose. # score: equipe -1 Sans retour à l’équipe, Sam et Claire ne sauront pas ce que leur aide a changé, et l’équipe n’apprendra rien de ce parcours.
-   En fin d’après-midi, il vous reste une heure. Plusieurs partenaires ont travaillé pour Mme Dumas ce mois-ci, chacun de son côté, sans forcément savoir ce que les autres ont fait. La pile des dossiers suivants, elle, n’a pas baissé.
+ [Passer au dossier suivant : les partenaires apprendront bien assez tôt comment ça s’est terminé]
    Vous refermez le dossier ; la pile suivante attend. # score: communication -2 Le silence après une orientation laisse les partenaires dans le flou et use le réseau : leur dire ce qui s’est passé, et les remercier, c’est la communication ouverte.
+ [Écrire à chaque partenaire ce qui le concerne, où en est Mme Dumas, et le remercier]
    Un message court à chacun : ce qui a marché, ce qui reste à faire de son côté, merci. # time: 1 # score: communication +2 Dire aux partenaires ce qu’est devenue la personne, y compris quand ça coince, et les remercier : c’est boucler la boucle, le cœur d’une communication ouverte.
    Merci de nous tenir au courant. C’est rare, et ça donne envie de continuer. # speaker: cfp_cuisine # mood: happy # trust: cfp_cuisine +5
    Bien reçu, merci ! On garde le contact pour la suite. # speaker: tremplin # mood: happy # trust: tremplin +5
    Mme Benson répond d’un mot : elle garde le dossier de Noah sous le coude. Mme Lambert, elle, fera le point avec Mme Dumas la semaine prochaine. # meet: rpe # meet: mission_locale
-   Vous éteignez la lumière du bureau. # week
    ->->
