// Semaine 4 : la réunion mensuelle des partenaires et le canal partagé du réseau.

=== semaine4 ===
Lundi matin, Nadia vous rappelle la réunion mensuelle de jeudi : la moitié de la semaine y passera, entre la préparation et la séance. # scene: office
-> panne_karim ->
-> agenda ->
Jeudi, salle du conseil de la mairie : la réunion mensuelle des partenaires de Relais Insertion. # scene: meeting # time: 2
Nadia ouvre la séance. Autour de la table : le CCAS, les Jardins, France Travail, la mission locale, les Toques de Valmoran et Tremplin Stages. Tour de table.
Nous lançons un nouvel atelier de remobilisation en juin. Douze places, priorité aux allocataires du RSA. # speaker: ccas
Deux postes en CDDI s’ouvrent aux Jardins d’ici l’été. Je cherche des gens motivés, d’où qu’ils viennent. # speaker: jardins
{ happened("ft_contact"):
    Bonjour à tous. Elsa Marchand : je remplace M. Nguyen, muté à Besançon. Je reprends ses dossiers, mais je ne connais encore personne ici. # speaker: france_travail
  - else:
    Rien de neuf côté France Travail, sinon des sessions de CACES financées en juin. # speaker: france_travail
}
{ happened("cfp_session"):
    Bonne nouvelle : nous ouvrons une session de CAP cuisine en alternance. Il nous faudra des employeurs. # speaker: cfp_cuisine
  - else:
    Commission d’admission du CAP la semaine prochaine. Dossiers complets uniquement. # speaker: cfp_cuisine
}
Nous avons des offres de stage plein les tiroirs. Envoyez-nous vos jeunes ! # speaker: tremplin # mood: happy
{ trust("mission_locale") < 50:
    Je rappelle que les moins de 26 ans ont un référent à la mission locale. Merci de passer par nous. # speaker: mission_locale # mood: annoyed
  - else:
    Merci à Relais Insertion pour la coordination sur nos jeunes en commun : ça marche bien. # speaker: mission_locale # mood: happy
}
C’est à vous. Nadia vous fait signe.
* [Donner d’abord des nouvelles des personnes déjà orientées : ce qui avance, ce qui bloque]
    Vous faites le point, simplement : qui est allé où, ce qui avance, ce qui coince. Mme Leroy hoche la tête. # score: communication +2 Rendre compte de ce qui a suivi une orientation, c’est la base d’une communication ouverte : chacun voit ce que devient son travail.
* [Aller droit à vos demandes : le temps de réunion est compté]
    Vous enchaînez : un logement, un stage, une place en garde. Quelques partenaires échangent un regard. # score: communication -1 Ne venir qu’avec des demandes, sans dire ce que sont devenues les orientations précédentes, c’est laisser les partenaires sans retour.
-
Reste la question de M. Haddad, qui intéresse les deux : l’atelier du CCAS le mardi et le jeudi, ou le poste à temps plein des Jardins dès la semaine 6.
* [Garder ça pour plus tard : vous verrez chacun en tête-à-tête, ce sera moins tendu]
    Vous passez au point suivant. À la pause, Mme Caron et M. Vidal ne s’adressent pas la parole. # bond: ccas jardins -5 # score: communication -1 Régler les choses en tête-à-tête avec chacun, c’est laisser le désaccord grandir sans que les partenaires se parlent.
* [En parler maintenant, ouvertement, avec Mme Caron et M. Vidal autour de la table]
    Vous exposez le problème sans chercher de coupable. Mme Caron et M. Vidal ne sont pas d’accord, mais ils en parlent, et conviennent d’y revenir. # bond: ccas jardins +10 # score: communication +2 Porter une difficulté en réunion avant qu’elle ne devienne un conflit : c’est le rôle même de la réunion mensuelle.
-
-> canal

= canal
Après la réunion, Nadia ouvre le canal partagé du réseau : vingt-quatre membres, des structures de tout le territoire. # scene: channel
Le logement de Mme Melnyk presse. Un message ici peut ouvrir d’autres pistes. # speaker: nadia
* [Raconter toute la situation pour que chacun se mobilise : son nom, la guerre, la famille qui les héberge, son fils]
    ~ trop_partage = true
    Votre message fait réagir : des émoticônes, quelques mots émus. # score: numerique -2 Un canal à vingt-quatre membres n’est pas le lieu d’une situation personnelle : le bon message donne la logistique, pas la vie de la personne.
    Ces détails n’ont rien à faire sur un canal à vingt-quatre. Appelez-moi plutôt. # speaker: habitat # mood: annoyed # score: ethique -2 Nommer la personne et raconter son histoire dans un espace partagé, c’est rompre la confidentialité qu’elle vous a confiée.
* [Poster un message sans nom : « Cherche T1 bis ou T2 pour juillet, deux personnes. Contact en privé. »]
    Votre message tient en deux lignes. Une réponse arrive dans l’heure. # score: numerique +2 Le canal sert la logistique (besoin, date, contact) ; les informations personnelles passent en privé, par une voie sécurisée.
    Je vous appelle demain, j’ai peut-être une piste. # speaker: habitat
-
Plus bas, M. Vidal lance une idée.
Et si on se faisait un groupe sur nos téléphones ? Ce serait plus rapide que cet outil. # speaker: jardins
* [Proposer de garder le canal partagé, et d’y ouvrir un fil « places disponibles » pour aller plus vite]
    Va pour le fil « places disponibles ». J’y mets mes deux CDDI tout de suite. # speaker: jardins # score: numerique +2 Garder l’outil commun, sécurisé et ouvert à tous, et l’adapter au besoin : c’est utiliser le numérique pour coordonner.
    Mme Haddou, de « Mots Partagés », et M. Le Gall, de « Roule ma Poule », y postent leurs places dans la foulée. # meet: langues # meet: mobilite
* [Approuver : tout le monde a déjà l’application sur son téléphone]
    Trois partenaires rejoignent le groupe, les autres non. L’information circule désormais à deux vitesses. # score: numerique -2 Une messagerie personnelle échappe aux règles du réseau : des membres non maîtrisés, des données sur des téléphones privés, et des partenaires laissés de côté.
-
-> hub

= hub
{time_left() <= 0: -> fin}
* {time_left() >= 2 && toques && not dossier_dumas} [Monter le dossier de candidature avec Mme Dumas] -> dossier_dumas -> hub
* {time_left() >= 2 && knows_need("dumas", "garde_enfants") && not relais_petite_enfance} [Rendre visite au Relais Petite Enfance, pour la garde du fils de Mme Dumas # place: rpe] -> relais_petite_enfance -> hub
* {open_promises("langues") > 0} [Présenter Relais Insertion aux apprenants de « Mots Partagés » # place: langues] -> presentation_langues -> hub
* [Faire le point avec Mme Melnyk sur son projet professionnel] -> melnyk_emploi
+ [Clore la semaine] -> fin

= melnyk_emploi
Mme Melnyk vient seule. Son français progresse, et son projet se précise. # scene: office # time: 1
Je voudrais retravailler dans les chiffres. Aide-comptable, peut-être, même si je dois recommencer en bas de l’échelle. # speaker: oksana
Vous pensez aux places encore libres aux Toques de Valmoran : une formation qualifiante, tout de suite, chez une partenaire que vous connaissez.
* [L’orienter vers France Travail : reconnaissance de son diplôme et recherche d’un poste d’aide-comptable]
    Vous préparez avec elle la demande d’attestation de comparabilité de son diplôme, et une orientation vers France Travail. # agree: oksana france_travail # refer: oksana france_travail
    Merci. Je veux travailler avec ce que je sais faire. # speaker: oksana # mood: happy
* [Lui proposer le CAP cuisine des Toques : il reste des places, et c’est un métier qui recrute]
    Mme Melnyk accepte poliment. Le lendemain, Mme Leroy vous rappelle. # refer: oksana cfp_cuisine
    Elle veut être comptable, pas cuisinière. Je ne suis pas là pour remplir mes places. # speaker: cfp_cuisine # mood: annoyed # trust: cfp_cuisine -3
-
-> hub

= fin
Vendredi. La réunion a laissé des traces dans les carnets, et sur le canal. # week
-> semaine5
