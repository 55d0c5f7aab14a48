// Semaine 4 : la réunion mensuelle des partenaires et le canal partagé du réseau.

=== semaine4 ===
Lundi matin, Nadia vous rappelle la réunion mensuelle de jeudi : la moitié de la semaine y passera, entre la préparation et la séance. # scene: office
-> panne_karim ->
-> agenda ->
Jeudi, dans la grande salle de Relais Insertion : la réunion mensuelle des partenaires. # scene: meeting # time: 2
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
    Commission d’admission du CAP mardi prochain. Dossiers complets uniquement. # speaker: cfp_cuisine
}
Nous avons des offres de stage plein les tiroirs. Envoyez-nous vos jeunes ! # speaker: tremplin # mood: happy
{ trust("mission_locale") < 50:
    Je rappelle que les moins de 26 ans ont un référent à la mission locale. Merci de passer par nous. # speaker: mission_locale # mood: annoyed
  - else:
    Merci à Relais Insertion pour la coordination sur nos jeunes en commun : ça marche bien. # speaker: mission_locale # mood: happy
}
C’est à vous. Nadia vous fait signe : dix minutes, pas plus.
* [Dire d’abord ce que sont devenues vos orientations, puis vos demandes]
    Vous faites le point, simplement : qui est allé où, ce qui avance, ce qui coince. Mme Leroy hoche la tête. Vos demandes, elles, attendront le canal. # score: communication +2 Rendre compte de ce qui a suivi une orientation, c’est la base d’une communication ouverte : chacun voit ce que devient son travail. # score: reseau -1 Le temps de réunion est compté : vos demandes passent après, et certaines pistes attendront.
* [Aller droit à vos demandes : un logement, un stage, une place en garde]
    Vous enchaînez vos trois demandes. Trois partenaires notent une piste ; quelques autres échangent un regard. # score: reseau +1 Des demandes claires trouvent preneur : trois pistes en dix minutes. # score: communication -1 Ne venir qu’avec des demandes, sans dire ce que sont devenues les orientations précédentes, c’est laisser les partenaires sans retour.
-
Reste la question de M. Haddad, qui intéresse les deux : l’atelier du CCAS le mardi et le jeudi, ou le poste de vingt-six heures par semaine aux Jardins, à partir du 16 juin.
* [Voir chacun séparément dans la semaine : ils vous en diront plus qu’en public]
    Vous passez au point suivant. Le lendemain, Mme Caron et M. Vidal vous parlent franchement, chacun de son côté, et chacun est sûr d’avoir raison. # bond: ccas jardins -5 # score: confiance +1 Prendre le temps d’écouter chaque partenaire en tête-à-tête entretient la relation. # score: communication -2 Régler les choses avec chacun séparément laisse le désaccord grandir sans que les partenaires se parlent.
* [En parler tout de suite, autour de la table, avec Mme Caron et M. Vidal]
    Vous exposez le problème sans chercher de coupable. Mme Caron et M. Vidal ne sont pas d’accord, mais ils en parlent. Autour d’eux, trois structures qui ne suivent pas M. Haddad découvrent son dossier. # bond: ccas jardins +10 # score: communication +2 Porter une difficulté avant qu’elle ne devienne un conflit, c’est le rôle même de la réunion mensuelle. # score: ethique -1 Le secret partagé vaut pour ceux qui accompagnent la personne : la situation de M. Haddad ne regarde pas toute la table.
* [Leur proposer d’en parler à trois, juste après la séance]
    Ils restent un quart d’heure. Ils ne sont pas d’accord, mais ils s’écoutent, et conviennent d’en reparler avec M. Haddad. # bond: ccas jardins +10 # score: communication +2 Mettre le désaccord sur la table, avec les seuls partenaires concernés, avant qu’il ne devienne un conflit. # score: ethique +1 Parler de M. Haddad avec ceux qui l’accompagnent, et avec lui ensuite : le secret partagé, rien de plus.
-
-> canal

= canal
Après la réunion, Nadia ouvre le canal partagé du réseau : vingt-quatre membres, des structures de tout le territoire. # scene: channel # term: canal_commun
Le logement de Mme Melnyk presse. Un message ici peut ouvrir d’autres pistes. # speaker: nadia
* [Poster « Cherche T1 bis ou T2 pour juillet, deux personnes », sans nom]
    Votre message tient en deux lignes. Une réponse arrive dans l’heure. # score: numerique +2 Le canal sert la logistique (besoin, date, contact) ; les informations personnelles passent en privé, par une voie sécurisée.
    Je vous appelle demain, j’ai peut-être une piste. # speaker: habitat
* [Ne rien poster, et appeler directement Mme Petit, aux Tilleuls]
    Mme Petit vous propose de passer la voir. Sur le canal, d’autres partenaires avaient peut-être une piste : vous ne le saurez pas. # meet: habitat # score: reseau +1 Aller droit au partenaire du logement, c’est connaître son réseau. # score: numerique -1 Le canal commun sert justement à faire circuler un besoin, sans nom, au-delà des partenaires que l’on connaît déjà.
* [Poster sa situation avec son prénom : on se mobilise mieux pour une personne]
    ~ trop_partage = true
    Votre message fait réagir : des émoticônes, quelques mots émus, deux pistes. # score: reseau +1 Un besoin bien exposé mobilise le réseau. # score: numerique -1 Un canal à vingt-quatre membres n’est pas le lieu d’une situation personnelle : le bon message donne la logistique, pas la vie de la personne.
    Ces détails n’ont rien à faire sur un canal à vingt-quatre. Appelez-moi plutôt. # speaker: habitat # mood: annoyed # score: ethique -2 Nommer la personne et raconter son histoire dans un espace partagé, sans son accord, c’est rompre la confidentialité qu’elle vous a confiée.
-
Plus bas, M. Vidal lance une idée.
Et si on se faisait un groupe sur nos téléphones ? Ce serait plus rapide que cet outil. # speaker: jardins
* [Approuver : tout le monde a déjà l’application sur son téléphone]
    Trois partenaires rejoignent le groupe dans la minute. Les autres non : l’information circule désormais à deux vitesses. # score: communication +1 Un outil que chacun utilise déjà fait circuler l’information vite. # score: numerique -2 Une messagerie personnelle échappe aux règles du réseau : des membres non maîtrisés, des données sur des téléphones privés, et des partenaires laissés de côté.
* [Répondre que le canal du réseau est le seul outil validé par tous]
    C’est vous qui voyez. # speaker: jardins # mood: annoyed # score: numerique +1 Le canal commun, sécurisé, reste l’outil du réseau. # score: communication -1 Une fin de non-recevoir laisse le partenaire avec son besoin de rapidité : il ira voir ailleurs.
* [Garder le canal, et y ouvrir un fil « places disponibles »]
    Va pour le fil « places disponibles ». J’y mets mes deux CDDI tout de suite. # speaker: jardins # score: numerique +2 Garder l’outil commun, sécurisé et ouvert à tous, et l’adapter au besoin : c’est utiliser le numérique pour coordonner.
    Mme Haddou, de « Mots Partagés », et M. Le Gall, de « Roule ma Poule », y postent leurs places dans la foulée. # meet: langues # meet: mobilite # score: reseau +1 Un fil où chaque partenaire poste ses places met les ressources de tout le réseau à portée de chacun : deux structures que vous connaissiez à peine s’y montrent dès le premier jour.
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
* [Lui proposer le CAP cuisine des Toques : il reste des places, et c’est un métier qui recrute]
    Mme Melnyk accepte poliment. Le lendemain, Mme Leroy vous rappelle. # refer: oksana cfp_cuisine
    Elle veut être comptable, pas cuisinière. Je ne suis pas là pour remplir mes places. # speaker: cfp_cuisine # mood: annoyed # trust: cfp_cuisine -3
* [Lui parler de France Travail : diplôme reconnu, postes d’aide-comptable]
    Vous lui expliquez l’attestation de comparabilité de son diplôme et ce que peut faire France Travail. Elle réfléchit, puis se décide.
    Oui, France Travail. Je veux travailler avec ce que je sais faire. # speaker: oksana # mood: happy # agree: oksana france_travail
    Vous préparez ensemble la demande d’attestation, et l’orientation part le soir même. # refer: oksana france_travail
-
-> hub

= fin
Vendredi. La réunion a laissé des traces dans les carnets, et sur le canal. # week
-> semaine5
