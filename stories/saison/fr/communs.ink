// Scènes partagées : proposées depuis les tableaux de plusieurs semaines, jouées une seule fois.

=== panne_karim ===
{ happened("karim_car") && not knows_need("karim", "mobilite"):
    M. Haddad vous a laissé un message : sa voiture est au garage, et la réparation coûte plus cher que la voiture. Sans elle, impossible de travailler hors de Valmoran. # need: karim mobilite
}
->->

// En début de semaine : les promesses du conseiller, puis celles des partenaires, tenues ou non.
=== agenda ===
{ open_promises("cfp_cuisine") > 0:
    Dans votre agenda : le dossier de candidature de Mme Dumas, promis aux Toques de Valmoran.
}
{ open_promises("jardins") > 0:
    Dans votre agenda : votre réponse à M. Vidal, des Jardins, sur la candidature de M. Haddad.
}
{ open_promises("langues") > 0:
    Dans votre agenda : la présentation promise aux apprenants de « Mots Partagés ».
}
{ open_promises("habitat") > 0:
    Dans votre agenda : le dossier complet de Léo, promis aux Tilleuls.
}
{ open_pledges("france_travail") > 0:
    Dans votre boîte : les dates de la prochaine session de CACES, envoyées par M. Nguyen comme promis. # pledge_kept: france_travail
}
{ open_pledges("rpe") > 0 && is_solved("dumas", "garde_enfants"):
    Mme Benson, du Relais Petite Enfance, vous confirme la place du soir chez Mme Da Silva, comme promis. # pledge_kept: rpe
}
{ open_pledges("tremplin") > 0 && tremplin.sam:
    M. Roux vous envoie la convention d’immersion de Mme Dumas, signée par la mission locale, comme promis. # pledge_kept: tremplin
}
{ broken_pledges("rpe") > 0 && not relance_rpe:
    -> relance_rpe ->
}
{ broken_pledges("tremplin") > 0 && not relance_tremplin:
    -> relance_tremplin ->
}
->->

=== relance_rpe ===
Mme Benson, du Relais Petite Enfance, devait vous rappeler avant vendredi pour une place du soir. Pas de nouvelles, et la mère de Mme Dumas part bientôt au Portugal.
* [Dire à Mme Dumas de ne plus compter sur le relais, et chercher avec elle sur le site de la CAF]
    Vous passez une heure avec elle sur le site : deux assistantes maternelles, aucune le soir. Mme Dumas repart découragée, et méfiante envers le relais. # score: ethique +1 La tenir informée et chercher avec elle, c’est la laisser maîtresse de ses démarches. # score: confiance -2 Dénigrer un partenaire auprès de la personne, sans lui avoir parlé du rappel manqué, abîme une relation dont elle aura encore besoin.
* [Appeler Mme Benson : Mme Dumas attend, où en est la liste ?]
    Oh, pardon ! Avec les inscriptions de la rentrée, je suis débordée. Mme Da Silva accepte les soirs : je l’appelle tout de suite. # speaker: rpe # mood: sad # trust: rpe +3 # score: confiance +2 Dire simplement au partenaire qu’un engagement n’a pas été tenu, sans reproche, garde la relation ouverte : la confiance mutuelle se construit aussi là.
    Une heure plus tard, c’est fait : Mme Da Silva gardera le fils de Mme Dumas le soir, à partir de juin. # solve: dumas garde_enfants
* [Demander à Claire le numéro d’une assistante maternelle, sans repasser par le relais]
    Claire vous donne le numéro de Mme Da Silva, qui accepte les soirs. C’est réglé ; le relais, lui, ne saura jamais pourquoi vous ne l’appelez plus. # solve: dumas garde_enfants # score: equipe +1 S’appuyer sur une collègue qui connaît le secteur fait gagner du temps. # score: confiance -2 Contourner un partenaire qui a manqué un engagement, sans lui en parler, abîme la confiance des deux côtés.
-
->->

=== relance_tremplin ===
M. Roux, de Tremplin Stages, devait vous rappeler avant vendredi avec une piste de stage pour Mme Dumas. Rien.
* [Appeler M. Roux : vous attendiez son appel, qu’est-ce qui bloque ?]
    Vous avez raison, j’ai laissé filer : c’est la saison des conventions. Je vous rappelle jeudi, et cette fois avec une date. # speaker: tremplin # mood: sad # trust: tremplin +3 # score: confiance +2 Dire au partenaire, sans reproche, qu’un engagement n’a pas été tenu, et convenir d’une suite : la confiance mutuelle se répare en parlant.
* [Demander à Sam d’appeler le Bistrot du Marché, sans en parler à M. Roux]
    Sam appelle M. Girard, qui veut bien rencontrer Mme Dumas. M. Roux continue de chercher, sans savoir qu’il cherche pour rien. # score: equipe +1 Le réseau d’un collègue peut débloquer une situation. # score: confiance -2 Contourner un partenaire sans lui dire ce qui ne va pas, c’est le laisser travailler pour rien et abîmer la relation.
* [Dire en réunion d’équipe que Tremplin Stages ne suit pas ses dossiers]
    Sam lève les yeux au ciel, Claire note de ne plus leur envoyer personne. # score: evaluation +1 Garder trace de ce qui marche ou non avec un partenaire sert le bilan des partenariats. # score: confiance -2 Juger un partenaire devant l’équipe sans lui en avoir parlé, c’est du dénigrement : il n’a pas pu s’expliquer.
-
->->

=== accord_dumas ===
{ not has_consent("dumas"):
    -> demander
}
->->

= demander
Avant de parler de Mme Dumas, vous réalisez qu’elle n’a jamais donné son accord pour que vous la présentiez à des partenaires.
* [Continuer : vous lui direz ce soir ce que vous avez transmis]
    Vous continuez. Vous lui en parlerez plus tard.
* [Sortir l’appeler deux minutes pour lui demander son accord]
    Mme Dumas décroche tout de suite. Elle est d’accord, et touchée qu’on le lui demande. # consent: dumas # agree: dumas cfp_cuisine # agree: dumas tremplin # agree: dumas rpe # score: ethique +1 Recueillir l’accord de la personne avant de parler d’elle, même en cours de route : c’est elle qui décide de ce qui circule à son sujet.
-
->->

=== nouvelles_lambert ===
Vous appelez Mme Lambert, à la mission locale : c’est elle, la référente de Mme Dumas. # scene: phone # time: 1
Vous lui dites où en est le projet : le dossier de candidature est parti aux Toques, et la commission d’admission se réunit le 10 juin. # share: dumas mission_locale
Merci, c’est exactement ce qu’il me fallait. Je le note dans son suivi, et on en reparle avec elle à notre rendez-vous du mois. # speaker: mission_locale # mood: happy # score: communication +1 Tenir la référente de la personne informée après chaque étape : chacun sait où elle en est, sans attendre la réunion mensuelle. # score: reseau +1 Le partage des rôles convenu avec la mission locale tient parce qu’on le fait vivre : la référente garde sa mission, et personne ne refait le travail de l’autre.
->->

=== mots_partages ===
Mme Lina Haddou vous fait visiter « Mots Partagés » : des ateliers sociolinguistiques, deux matinées par semaine, animés surtout par des bénévoles. Sur les murs, des plans du bus, un calendrier de la CAF, des recettes écrites en six langues. # scene: territory # time: 1
Mme Melnyk ? Il reste une place à l’atelier du mardi. Je l’inscris, elle commence la semaine prochaine. # speaker: langues # refer: oksana langues
Une chose de réglée pour Mme Melnyk. # solve: oksana langue
Un peu de réciprocité : j’aimerais que vous veniez présenter Relais Insertion à nos apprenants : beaucoup cherchent du travail. Quand pourriez-vous venir ? # speaker: langues # term: reciprocite
* [« Dans trois semaines, et cette date-là, je la tiens »]
    Trois semaines, c’est noté. Merci de ne pas promettre à la légère. # speaker: langues # commit: langues 3 Présenter Relais Insertion aux apprenants de Mots Partagés # score: confiance +2 Proposer une date qu’on peut tenir plutôt qu’une date qui fait plaisir : la confiance repose sur des engagements respectés. # score: reseau -1 Trois semaines, c’est long pour des apprenants qui cherchent du travail maintenant.
* [« On verra : mon agenda est très chargé en ce moment »]
    Ah. Bon. Faites-moi signe, alors. # speaker: langues # mood: sad # score: communication -1 Un « on verra » laisse le partenaire sans réponse : mieux vaut dire clairement ce que l’on peut faire, et quand.
* [« Dès la semaine prochaine ! »]
    Formidable, je préviens tout le monde. # speaker: langues # mood: happy # commit: langues 1 Présenter Relais Insertion aux apprenants de Mots Partagés # score: reseau +1 Rencontrer vite vingt personnes en recherche d’emploi élargit votre réseau. # score: confiance -1 Une date prise dans un agenda déjà plein est une promesse fragile : si vous ne la tenez pas, c’est la confiance qui paie.
-
->->

=== presentation_langues ===
Samedi matin, vous présentez Relais Insertion aux apprenants de « Mots Partagés » : une vingtaine de personnes, beaucoup de questions. # scene: territory # time: 1
Vous aviez promis, et vous voilà. Ici, ça compte. # speaker: langues # mood: happy # keep: langues
Comment on fait un CV en France ? Est-ce qu’il faut une photo ? Qui reconnaît les diplômes ? Vous répondez, vous notez, vous promettez de revenir à la rentrée.
Au premier rang, Mme Melnyk vous fait un petit signe. Deux apprenants prennent rendez-vous à Relais Insertion.
->->

=== appel_ccas ===
Mme Martine Caron, référente RSA au CCAS, prend votre appel. # scene: phone # time: 1
M. Haddad ? Je suis sa référente RSA : c’est avec moi qu’il a signé son contrat d’engagements réciproques, et c’est le Département qui finance mon atelier. # speaker: ccas
Il commence mon atelier de remobilisation le mois prochain : mardi et jeudi, pendant trois mois. Les chômeurs de longue durée, on ne les jette pas dans le bain sans préparation. # speaker: ccas
{ semaine1.karim.tout:
    Et il a manqué notre dernier rendez-vous : il paraît que c’est vous qui gérez tout, maintenant ? # speaker: ccas # mood: annoyed # trust: ccas -5
}
{ semaine2.jardins.oui || semaine2.jardins.appel:
    -> deja
}
* [Lui parler des Jardins, et proposer d’en discuter à trois avec M. Vidal]
    Vous lui présentez le poste en CDDI aux Jardins de Valmoran, et proposez d’en parler ensemble, avec M. Vidal. # score: communication +2 Informer tôt la référente et proposer d’en parler ouvertement, à trois : pas de surprise, et chacun garde sa place. # score: ethique -1 M. Haddad n’a pas encore entendu parler de ce poste : sa référente l’apprend avant lui.
    Un CDDI… Pourquoi pas, si l’atelier n’est pas sacrifié. Merci de m’en parler avant. # speaker: ccas # bond: ccas jardins +5
* [En parler d’abord à M. Haddad, et rappeler Mme Caron ensuite]
    Vous écoutez Mme Caron parler de son atelier, sans évoquer les Jardins : M. Haddad doit l’entendre le premier. # score: ethique +1 C’est à la personne d’apprendre la première ce qui la concerne, et de décider ce qu’elle en fait. # score: communication -1 Mme Caron raccroche sans savoir qu’une piste se dessine pour lui : rappelez-la vite, avant qu’elle l’apprenne par d’autres.
    Bien. Tenez-moi au courant. # speaker: ccas
* [Attendre que le poste soit sûr avant de lui parler des Jardins : rien n’est fait]
    Vous ne parlez pas des Jardins tant que rien n’est fait. # score: communication -2 Taire une piste à la référente de la personne, c’est lui préparer une mauvaise surprise : elle l’apprendra par d’autres.
    Bien. Tenez-moi au courant. # speaker: ccas # bond: ccas jardins -5
-
->->

= deja
* [Lui dire qu’il est déjà positionné aux Jardins, et proposer d’en reparler à trois]
    Vous lui dites tout, y compris que vous auriez dû l’appeler avant. # score: communication +2 Annoncer tôt une nouvelle désagréable vaut mieux qu’une surprise : la communication ouverte désamorce les conflits.
    J’aurais préféré l’apprendre avant. Mais merci de me le dire. # speaker: ccas # mood: annoyed # trust: ccas -3
* [Ne rien dire pour l’instant : rien n’est encore signé aux Jardins, autant attendre]
    Vous gardez l’information pour plus tard. # score: communication -2 Mme Caron apprendra par d’autres que M. Haddad est positionné ailleurs : la surprise abîme la confiance entre partenaires.
    Bien. Tenez-moi au courant. # speaker: ccas # bond: ccas jardins -5
-
->->

=== toques ===
Mme Hélène Leroy, responsable des admissions aux « Toques de Valmoran », vous reçoit. Bureau impeccable, planning au mur, ton sec. # scene: territory # time: 2
La commission d’admission du CAP cuisine se réunit le mardi 10 juin : deux formateurs, un chef de la ville et moi. La Région finance les places et regarde nos taux de réussite à la loupe. # speaker: cfp_cuisine
Alors je ne regarde que les dossiers complets. Parlez-moi de votre candidate. # speaker: cfp_cuisine
-> accord_dumas ->
* [Expliquer aussi pourquoi elle a quitté le lycée : la commission comprendra son parcours]
    Mme Leroy hoche la tête et note « arrêt en seconde, raisons familiales ». # share: dumas cfp_cuisine # score: communication +1 Le partenaire comprend le dossier. # score: ethique -1 Les raisons d’un arrêt d’études appartiennent à la personne : c’est à elle de choisir ce qu’elle en dit à la commission.
* [Tout raconter : ses petits frères, sa mère, le restaurant, pour que Mme Leroy mesure son courage]
    Mme Leroy écoute sans rien noter. # share: dumas cfp_cuisine # score: ethique -2 L’histoire familiale ne sert pas une commission d’admission : ne partager que ce dont le partenaire a besoin, et laisser le reste à la personne.
* [Parler de son expérience, de sa motivation, de ses disponibilités, et rien d’autre]
    Mme Leroy prend des notes, puis lève les yeux : « Et huit ans sans diplôme, on l’explique comment ? » # share: dumas cfp_cuisine # score: ethique +2 Ne transmettre que ce qui sert la mission du partenaire : compétences, motivation, disponibilités. Son histoire lui appartient. # score: confiance -1 Mme Leroy sent qu’on ne lui dit pas tout : préparez Mme Dumas à répondre elle-même à sa question devant la commission.
-
Bien. Il me faut son dossier complet avant la commission. Vous me l’envoyez quand ? # speaker: cfp_cuisine
* [« Dans deux semaines : je dois d’abord le monter avec elle »]
    C’est juste avant la commission. Mais c’est honnête : je note. # speaker: cfp_cuisine # commit: cfp_cuisine 2 Envoyer le dossier de candidature de Mme Dumas # score: confiance +1 Annoncer une date réaliste plutôt qu’une date qui rassure : on construit la confiance sur des engagements tenus.
* [« Vendredi prochain, sans faute : vous l’aurez avant tous les autres dossiers »]
    Vendredi prochain, donc. Je note. # speaker: cfp_cuisine # commit: cfp_cuisine 1 Envoyer le dossier de candidature de Mme Dumas
-
->->

=== dossier_dumas ===
Mme Dumas arrive avec ses papiers dans une pochette transparente. Reste le plus difficile : la lettre de motivation. # scene: office # time: 2
{ not has_consent("dumas"):
    Avant tout, vous lui expliquez ce qui partira aux Toques, et pourquoi. Elle donne son accord : c’est bien ce CAP qu’elle veut. # consent: dumas # agree: dumas cfp_cuisine
}
* [Lui demander de l’écrire chez elle et de vous l’envoyer en photo par SMS]
    Le soir même, trois photos arrivent sur votre téléphone : une lettre à elle, avec ses mots, et sa pièce d’identité en prime. # score: ethique +1 Une lettre écrite par la personne porte sa voix. # score: numerique -1 Des pièces personnelles en photo par SMS restent sur deux téléphones : les documents passent par une voie sécurisée.
* [L’aider à l’écrire avec ses mots, même si c’est plus long]
    Il faut trois versions. La dernière parle du restaurant de sa mère et des plats du dimanche : c’est elle, tout entière. # score: ethique +1 Accompagner sans faire à la place : un projet formulé par la personne est un projet qu’elle saura défendre.
* [Rédiger la lettre pour elle : vous savez ce que les commissions attendent]
    En vingt minutes, la lettre est parfaite. Mme Dumas la relit sans rien dire. # score: ethique -1 Écrire à la place de la personne, c’est lui retirer son projet ; la commission entendra une autre voix que la sienne.
-
{ open_promises("cfp_cuisine") > 0:
    Le dossier part aux Toques par leur messagerie sécurisée, dans le délai promis. # refer: dumas cfp_cuisine # keep: cfp_cuisine
  - else:
    Le dossier part aux Toques avec du retard. Mme Leroy en accuse réception d’une ligne sèche. # refer: dumas cfp_cuisine # trust: cfp_cuisine -3
}
->->

=== relais_petite_enfance ===
Le Relais Petite Enfance occupe le rez-de-chaussée de la maison des services, à l’entrée de Valmoran. Il ne garde pas d’enfants lui-même : il connaît toutes les assistantes maternelles du territoire, leurs places et leurs horaires. # scene: territory # time: 2
-> accord_dumas ->
Mme Dumas vous a demandé de l’aider à trouver une garde pour le soir : vous venez avec son accord. # agree: dumas rpe
* [Appeler d’abord Claire, qui connaît bien ce service]
    Demande Mme Benson, et parle tout de suite des horaires décalés : les soirs en cuisine, c’est ça le vrai sujet. # speaker: claire # score: equipe +2 S’appuyer sur la collègue qui connaît les services de la petite enfance fait gagner du temps et de la justesse : c’est la synergie des compétences.
    Mme Aïcha Benson vous reçoit aussitôt. # refer: dumas rpe
    Des soirs ? J’ai une assistante maternelle, Mme Da Silva, qui accepte les horaires décalés. Elle a une place à partir de juin : je lui en parle et je vous confirme d’ici vendredi prochain. # speaker: rpe # mood: happy # solve: dumas garde_enfants # pledge: rpe 1 Confirmer la place du soir chez Mme Da Silva
* [Y aller directement : Claire est en rendez-vous toute la matinée]
    À l’accueil, on vous tend une fiche d’inscription générale. # score: equipe -1 Sans solliciter la collègue qui connaît les bons interlocuteurs, vous passez par la file commune : la synergie des compétences commence en interne.
    Mme Aïcha Benson finit par vous recevoir, entre deux rendez-vous. # refer: dumas rpe
    Je l’inscris sur la liste. Pour des soirs, ce sera difficile. Je vous rappelle d’ici vendredi prochain si une place se libère. # speaker: rpe # pledge: rpe 1 Rappeler si une place du soir se libère
-
->->

=== roule_ma_poule ===
M. Yann Le Gall, de la plateforme mobilité « Roule ma Poule », vous reçoit entre deux scooters en révision. # scene: territory # time: 2
{ happened("karim_car"):
    Avec une voiture bonne pour la casse, il faut aller vite. # speaker: mobilite
  - else:
    Tant que sa voiture roule, on a un peu de marge. Mais vingt ans, c’est vieux. # speaker: mobilite
}
Je peux lui louer un scooter pour deux euros par jour dès lundi, ou l’inscrire au garage solidaire pour une voiture d’occasion remise en état : deux mois d’attente. Il faut juste votre fiche de prescription. # speaker: mobilite
* [Prendre le scooter pour lui : c’est le plus rapide, il pourra démarrer lundi]
    C’est réglé en dix minutes. Le soir, M. Haddad vous rappelle, inquiet : il n’a jamais conduit de deux-roues. M. Le Gall ajoute une séance de prise en main. # refer: karim mobilite
* [Appeler M. Haddad depuis le bureau de M. Le Gall, pour qu’il choisisse]
    M. Haddad pose des questions, hésite, puis se décide. # score: ethique +1 Décider avec la personne, pas pour elle : c’est lui qui roulera, et il tiendra mieux un choix qu’il a fait.
    Le scooter, avec une séance de prise en main. Et gardez-moi sur la liste du garage, pour plus tard. # speaker: karim # agree: karim mobilite
    Vous remplissez la fiche de prescription avec M. Le Gall. # refer: karim mobilite
-
Dès lundi, M. Haddad aura de quoi se déplacer. # solve: karim mobilite
->->

=== tremplin ===
« Tremplin Stages » occupe un petit local couvert d’affiches. M. Julien Roux vous serre la main avec chaleur. # scene: territory # time: 2
-> accord_dumas ->
Un stage en restauration pour Mme Dumas ? Aucun souci, on trouve toujours ! # speaker: tremplin # mood: happy # refer: dumas tremplin
Au mur, un tableau de stages en cours ; beaucoup de cases vides. M. Roux suit votre regard et sourit : la saison des conventions, c’est toujours un peu le rush.
Vous repensez à Sam, qui connaît la moitié des restaurateurs de Valmoran.
* (sam) [Appeler Sam pour qu’il présente M. Roux au chef du Bistrot du Marché]
    Sam passe le coup de fil dans l’heure. Paul Girard, le chef du Bistrot du Marché, accepte de recevoir Mme Dumas en immersion cet été. # score: equipe +2 Le réseau d’un collègue complète celui du partenaire : c’est la synergie des compétences.
    Avec Sam, on gagne trois semaines. Je vois avec Mme Lambert, à la mission locale : c’est elle qui prescrit la PMSMP. Vous aurez la convention d’ici quinze jours. # speaker: tremplin # mood: happy # term: pmsmp # pledge: tremplin 2 Envoyer la convention d’immersion de Mme Dumas
* [Laisser faire M. Roux : trouver des stages, c’est son métier, et il connaît la restauration]
    M. Roux note le profil.
    Je vous rappelle d’ici vendredi prochain avec une piste. # speaker: tremplin # pledge: tremplin 1 Rappeler avec une piste de stage pour Mme Dumas # score: confiance +1 Faire confiance au partenaire dans son rôle, c’est la base d’un partenariat. # score: equipe -1 Ne pas solliciter le collègue qui connaît les restaurateurs, c’est se priver d’un atout : la synergie des compétences se joue aussi en interne.
-
->->

=== tilleuls ===
Résidence sociale « Les Tilleuls ». Mme Claudine Petit, la directrice, vous reçoit derrière une pile de dossiers. # scene: territory # time: 2
Mme Melnyk vous a demandé de présenter sa demande de logement : vous venez avec son accord. # agree: oksana habitat
Un logement pour une mère et son fils de douze ans ? Un T1 bis peut se libérer en juillet. Ce n’est pas moi seule qui décide : la commission d’attribution réunit le bailleur, le SIAO et la résidence. # speaker: habitat # refer: oksana habitat
Il me faut vite une copie de son titre de séjour et de ses ressources, sinon son dossier ne passera pas. # speaker: habitat
* [Laisser Mme Melnyk les lui apporter elle-même, demain]
    Mme Melnyk passe le lendemain, ses papiers à la main. Mme Petit était en commission : les pièces attendront lundi. # score: ethique +1 La personne garde la main sur ses propres papiers. # score: confiance -1 Le partenaire demandait vite : le dossier arrive après le délai qu’il avait fixé.
* [Les lui transmettre par la plateforme d’échange sécurisée du réseau]
    Les pièces partent le soir même par la plateforme d’échange sécurisée, accessibles à Mme Petit seule. # score: numerique +2 Les documents personnels passent par une voie sécurisée, vers le seul destinataire utile : c’est le bon usage des outils numériques.
* [Les photographier et les lui envoyer tout de suite depuis votre téléphone]
    Trois photos, un message : c’est parti avant même que vous ayez quitté son bureau. Mme Petit a tout dans l’heure. # score: confiance +1 Le partenaire a ce qu’il demandait, tout de suite. # score: numerique -2 Un titre de séjour qui circule par messagerie personnelle reste stocké sur deux téléphones : l’outil rapide n’est pas l’outil sûr.
-
Commission d’attribution le 19 juin. Je vous tiens au courant. # speaker: habitat
->->
