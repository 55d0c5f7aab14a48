// Semaine 1 : les entretiens d’accueil, puis une première prise de contact avec l’équipe et le territoire.

=== semaine1 ===
Lundi matin, premier jour de votre saison à Relais Insertion, à Valmoran. # scene: office
Nadia Ferhat, la coordinatrice, pose trois dossiers sur votre bureau.
Huit semaines jusqu’aux congés d’été. Tu reprends Mme Dumas, M. Haddad et Mme Melnyk. Réunion mensuelle des partenaires le premier jeudi de juin, bilan de nos partenariats fin juin. # speaker: nadia
Ta cartographie des partenaires est presque vide. Tu ne pourras pas voir tout le monde chaque semaine : choisis bien, et garde le contact. # speaker: nadia # term: cartographie
Elle tapote le planning accroché au mur : six demi-journées par semaine, pas une de plus. Les partenaires, eux, ont leur propre calendrier : commissions, sessions, listes d’attente.
Réunion d’équipe le mardi matin, comme toujours. Sam et Claire connaissent le territoire depuis des années : sers-toi d’eux. # speaker: nadia
Les trois entretiens d’accueil sont fixés dès aujourd’hui.
-> dumas

= dumas
Mme Inès Dumas, 24 ans, s’assoit, son sac serré sur les genoux. # time: 1
On m’a dit que vous pouviez m’aider pour une formation en cuisine. J’ai arrêté le lycée en seconde, à seize ans, pour m’occuper de mes petits frères. Mais la cuisine, je connais : j’ai aidé ma mère dans son petit restaurant pendant des années. # speaker: dumas
Le dimanche, on faisait jusqu’à soixante couverts, à deux. Mais sans diplôme, on ne me prend nulle part. # speaker: dumas # mood: sad
Une vraie expérience, même sans diplôme. Vous notez son envie d’un CAP cuisine, et d’un premier pas dans un restaurant. # need: dumas formation # need: dumas emploi
* [Lui demander si sa famille pourra garder son fils pendant la formation]
    Vous lui demandez si sa famille pourra garder son fils de trois ans.
    Oui… Ma mère, je pense. # speaker: dumas
* [Lui demander comment se passe une journée type, aujourd’hui]
    Vous l’invitez à raconter une journée ordinaire.
    Le matin, je dépose mon fils chez ma mère. Mais elle repart au Portugal en juin. Et en cuisine, on finit tard le soir… Je ne sais pas comment je ferai. # speaker: dumas # mood: worried # need: dumas garde_enfants
-
* [Dérouler votre trame d’accueil complète, pour partir sur de bonnes bases]
    Vous déroulez votre questionnaire d’accueil. Elle répond patiemment à des questions qu’on lui a visiblement déjà posées ailleurs. # score: reseau -1 Sans demander qui la suit déjà, vous risquez de refaire le travail d’un autre partenaire et de l’épuiser en démarches.
* (qui) [Lui demander qui l’accompagne déjà]
    J’ai un contrat d’engagement jeune à la mission locale, avec Mme Lambert. # speaker: dumas # score: reseau +1 Demander qui accompagne déjà la personne évite les doublons : c’est le premier réflexe de la cartographie du réseau.
-
* [Parler d’abord de son projet, qui lui tient à cœur : les papiers, ce sera pour la fin]
    Elle a hâte de parler cuisine, vous aussi. Le rendez-vous se termine sans que vous ayez parlé des papiers. # score: ethique -1 Repousser la question du consentement, c’est risquer de parler d’elle aux partenaires sans son accord.
* [Lui dire ce que vous transmettrez, à qui et pourquoi, puis lui demander son accord]
    Sa motivation et ses disponibilités iront aux partenaires utiles, son histoire familiale restera ici. Elle veut le CAP, et un stage : elle donne son accord et signe, rassurée. # consent: dumas # agree: dumas cfp_cuisine # agree: dumas tremplin # term: consentement # score: ethique +2 Expliquer ce qui sera partagé, avec qui et pourquoi, puis recueillir l’accord : c’est le préalable à tout échange avec les partenaires (secret professionnel partagé).
-
-> karim

= karim
M. Karim Haddad, 52 ans, arrive en avance, chemise repassée. Il pose sur la table un classeur : vingt ans de fiches de paie et des certificats de cariste périmés. # time: 1
Vingt ans cariste chez Transports Morel. L’entrepôt a fermé il y a trois ans. Depuis, le divorce, les dettes, le RSA. Je prends n’importe quoi, vous savez. # speaker: karim # need: karim emploi
C’est Mme Caron, au CCAS, qui me suit pour le RSA. Mais ça n’avance pas beaucoup. # speaker: karim
* (tout) [Le rassurer : désormais, c’est Relais Insertion qui s’occupe de tout]
    Vous lui dites qu’il n’a plus à courir partout : Relais Insertion prend le relais. Il a l’air soulagé. # score: reseau -2 Mme Caron reste sa référente RSA : l’écarter, c’est doubler l’accompagnement et préparer un malentendu entre partenaires.
* [Noter que vous travaillerez avec Mme Caron, sa référente RSA]
    Vous lui expliquez que vous allez vous coordonner avec Mme Caron : chacun son rôle, et pas de rendez-vous en double. # score: reseau +1 Repérer le référent déjà en place et prévoir de se coordonner avec lui, c’est respecter le rôle de chaque partenaire.
-
* [Chercher tout de suite des offres avec lui]
    Il veut du concret : vous ouvrez les offres de cariste sur le site de France Travail. Il en note trois, toutes en zone industrielle, à quinze kilomètres.
* (freins) [Lui demander ce qui pourrait compliquer une reprise : trajets, santé, horaires]
    Ma voiture a vingt ans, elle tient avec des ficelles. Et mon dos ne supporte plus le port de charges. # speaker: karim # need: karim mobilite
-
Au moment de signer, il balaie la question de la confidentialité d’un geste.
Dites ce que vous voulez à qui vous voulez, je n’ai rien à cacher. # speaker: karim
* [Lui expliquer ce qui partira chez les partenaires, et ce qui restera ici]
    Ses compétences et ses disponibilités iront aux partenaires ; ses dettes, son divorce et sa santé, non, sauf s’il le demande. Il hoche la tête, un peu surpris, puis signe. # consent: karim # score: ethique +1 Même offert spontanément, l’accord doit être éclairé : dire quoi, à qui et pourquoi, et ce qui ne sera pas transmis.
* [Le prendre au mot et cocher la case : il a un autre rendez-vous au CCAS à onze heures]
    Vous cochez la case. Il est déjà debout. # consent: karim # score: ethique -1 Un « dites ce que vous voulez » n’est pas un consentement éclairé : il faut préciser ce qui sera partagé, avec qui et pourquoi.
-
-> oksana

= oksana
Mme Oksana Melnyk, 38 ans, arrive avec son fils Maksym, 12 ans. Elle parle un peu français, un peu anglais. Maksym, lui, parle couramment et propose aussitôt de traduire. # time: 1
* (maksym) [Laisser Maksym traduire : elle semble rassurée qu’il soit là, et il parle si bien]
    Maksym traduit vite et bien. Sa mère parle de son métier, comptable à Kharkiv, de la famille qui les héberge. Elle regarde souvent son fils avant de répondre, et abrège. # score: ethique -2 Un enfant n’interprète jamais pour son parent : sa mère se censure, et lui porte une charge qui n’est pas la sienne. Un interprète professionnel garantit une parole libre et confidentielle.
* [Remercier Maksym, l’installer au coin lecture, et appeler l’interprétariat]
    Vous appelez le service d’interprétariat par téléphone. Seule, Mme Melnyk parle plus librement. # score: ethique +2 Un interprète professionnel garantit une parole libre et confidentielle ; un enfant n’a pas à porter la situation de sa mère.
    Quinze ans comptable à Kharkiv. Ici, une famille très gentille nous héberge. Mais ils ont besoin de la chambre en juillet. Je n’ai rien dit devant Maksym. # speaker: oksana # mood: worried # need: oksana logement
-
Je veux parler mieux français, et travailler. Pas forcément comptable tout de suite. Je ne veux pas rester à attendre. # speaker: oksana # need: oksana langue # need: oksana emploi
Elle sort de son sac un diplôme plié en quatre, traduit et tamponné, qu’elle lisse du plat de la main.
{ semaine1.oksana.maksym:
    Reste à lui demander son accord pour parler d’elle aux partenaires. Pas question de le faire traduire par son fils : vous lui proposez de revenir mercredi, seule, avec l’interprète au téléphone. # time: 1
    Mercredi, l’interprète traduit phrase par phrase ce que vous transmettrez, à qui et pourquoi. Mme Melnyk pose deux questions, puis donne son accord. Les ateliers de français, oui, elle veut bien. # consent: oksana # agree: oksana langues
  - else:
    Avec l’interprète, vous lui expliquez ce que vous transmettrez aux partenaires, à qui et pourquoi. Elle donne son accord, et veut bien des ateliers de français. # consent: oksana # agree: oksana langues
}
Trois personnes, et déjà plus de besoins que de partenaires sur votre carte. Le reste de la semaine est à vous.
-> hub

= hub
{time_left() <= 0: -> fin}
* [Participer à la réunion d’équipe du mardi] -> reunion
* {semaine1.dumas.qui} [Appeler Mme Lambert, à la mission locale # place: mission_locale] -> mission_locale
* [Appeler France Travail au sujet de M. Haddad # place: france_travail] -> france_travail
* [Passer à « Mots Partagés » pour Mme Melnyk # place: langues] -> mots_partages -> hub
+ [Clore la semaine] -> fin

= reunion
Mardi, réunion d’équipe. Sam Benali et Claire Morel sont là ; Nadia anime. # scene: office # time: 1
Des situations à présenter cette semaine ? # speaker: nadia
* [Raconter vos trois situations en détail : l’équipe aura toutes les cartes]
    Vous racontez tout, les dettes de M. Haddad et la guerre comprises. Sam et Claire écoutent, puis proposent leurs contacts. # score: equipe +1 Présenter ses situations en équipe mobilise les compétences de chacun. # score: ethique -1 Même en interne, on ne partage que ce qui sert l’accompagnement : les dettes et le divorce n’aident personne à trouver un stage.
* [En parler à Nadia seule, après la réunion : moins de monde, moins de risques]
    Nadia vous écoute dix minutes entre deux portes et vous donne deux noms. Sam et Claire n’en sauront rien. # score: ethique +1 Limiter le cercle protège la confidentialité. # score: equipe -1 Sam et Claire ont les contacts utiles : sans la réunion, la synergie des compétences ne joue pas.
* [Présenter l’essentiel de chaque situation, et demander qui connaît quoi]
    Vous résumez les trois parcours en quelques phrases, sans détails inutiles : chacun apporte ce qu’il sait, c’est la synergie de l’équipe. # term: synergie # score: equipe +2 Présenter les situations en réunion interne, avec l’essentiel seulement, mobilise les compétences et les réseaux de chacun : c’est la synergie des compétences.
    Je connais pas mal de restaurateurs. Pour un stage de Mme Dumas, pense à moi. # speaker: sam
    Et pour la garde d’enfants, passe par moi avant d’appeler le Relais Petite Enfance : je connais la bonne personne. # speaker: claire
-
-> hub

= mission_locale
Mme Sophie Lambert, conseillère à la mission locale, décroche à la deuxième sonnerie. # scene: phone # time: 1
Mme Dumas ? Oui, je la suis en contrat d’engagement jeune. Qu’est-ce que vous comptez faire avec elle ? # speaker: mission_locale
* [Vous répartir les rôles : elle reste référente, vous gérez formation et garde]
    Parfait. De mon côté, je garde son allocation et son suivi mensuel. Tenez-moi au courant après chaque étape, c’est tout ce que je demande. # speaker: mission_locale # mood: happy # score: reseau +2 Se répartir les rôles avec le référent existant évite les doublons et respecte la mission de chacun.
* [Proposer de reprendre tout le suivi : Mme Dumas n’aura plus qu’une interlocutrice]
    Un silence au bout du fil. # score: reseau -2 Proposer de reprendre un suivi existant, c’est ignorer le rôle de la mission locale auprès des moins de 26 ans : mieux vaut se répartir les rôles.
    Elle a signé un contrat avec nous. On ne se « reprend » pas les jeunes comme ça. # speaker: mission_locale # mood: annoyed # trust: mission_locale -5
-
-> hub

= france_travail
M. Thomas Nguyen, conseiller à l’agence France Travail, vous rappelle entre deux rendez-vous. # scene: phone # time: 1
M. Haddad, cariste ? Ses CACES ont expiré, il faudra les repasser. Vous avez des éléments sur sa situation ? # speaker: france_travail
* [Lui raconter aussi le divorce et les dettes, pour qu’il mesure l’urgence]
    Vous lui dressez le tableau complet. Il écoute poliment. # share: karim france_travail # score: ethique -2 Le divorce et les dettes ne servent pas la recherche d’emploi : partager tout le dossier dépasse ce dont le partenaire a besoin.
* {semaine1.karim.freins} [Lui parler aussi de son dos, pour écarter les postes de manutention]
    Il note : « pas de port de charges ». # share: karim france_travail # score: reseau +1 Des offres adaptées dès le départ font gagner du temps à tout le monde. # score: ethique -2 Une information de santé ne se transmet qu’avec l’accord explicite de la personne, même pour l’aider : c’est à M. Haddad de décider s’il en parle.
* [Lui donner son expérience, ses disponibilités, ses trajets]
    Vous résumez son expérience, ses disponibilités et ses trajets. Le lendemain, M. Nguyen lui envoie trois offres de cariste en entrepôt, port de charges compris. # share: karim france_travail # score: ethique +1 Ne transmettre que ce qui sert la mission du partenaire, et rien de sa santé sans son accord. # score: reseau -1 Sans connaître toutes ses contraintes, le partenaire propose des offres qui tombent à côté : proposez à M. Haddad d’en parler lui-même.
-
Je peux lui financer le renouvellement de ses CACES, mais pas avant l’automne. En attendant, les Jardins de Valmoran vont bientôt recruter en insertion : ça pourrait lui convenir. # speaker: france_travail
Je vous envoie les dates de la prochaine session de CACES d’ici vendredi prochain. # speaker: france_travail # pledge: france_travail 1 Envoyer les dates de la prochaine session de CACES
-> hub

= fin
Vendredi soir. Vous relisez vos notes : trois parcours, et déjà une dizaine de partenaires possibles sur la carte. # week
-> semaine2
