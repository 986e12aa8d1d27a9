/**
 * The default wording of the six lenses in French: titles, core questions, discussion prompts
 * and the five-level maturity scales, written for French-speaking leadership teams rather than
 * translated line by line. Same lens ids, order and shape as DEFAULT_TEMPLATE, so workshops run
 * with either template compare over time. Like the English one, it is only a starting point:
 * each workshop freezes its own copy, and the facilitator may edit it.
 */
import type { Template } from '../domain'

export const DEFAULT_TEMPLATE_FRENCH: Template = {
  id: 'vantage-default-fr',
  name: 'Vantage : six prismes',
  revision: 1,
  lenses: [
    {
      id: 'alignment',
      title: 'Alignement',
      coreQuestion:
        'Chacun sait-il ce qui compte le plus et pourquoi, assez clairement pour arbitrer sans avoir à demander la permission ?',
      prompts: [
        'Si l’on demandait nos trois priorités à cinq personnes de cinq équipes différentes, leurs réponses se ressembleraient-elles ?',
        'Face à deux bonnes options, sur quoi une équipe s’appuie-t-elle pour trancher ?',
        'Quelles décisions remontent encore jusqu’à nous alors qu’elles pourraient se prendre au plus près du terrain ?',
        'Quand une priorité change, les équipes en comprennent-elles la raison ou apprennent-elles seulement qu’elle a changé ?',
        'À quoi avons-nous décidé de renoncer, et tout le monde le sait-il ?',
      ],
      scale: [
        {
          level: 1,
          label: 'Exécution d’ordres',
          description:
            'Le travail arrive sous forme de consignes ; peu de gens sauraient dire à quoi il sert ni pourquoi maintenant.',
        },
        {
          level: 2,
          label: 'Objectifs sur papier',
          description:
            'Les objectifs sont écrits, mais chaque équipe les lit à sa façon et fait remonter la plupart des arbitrages.',
        },
        {
          level: 3,
          label: 'Priorités connues',
          description:
            'La plupart des gens savent citer les priorités, mais les raisons qui les fondent restent peu partagées.',
        },
        {
          level: 4,
          label: 'Contexte partagé',
          description:
            'Les équipes connaissent les priorités et leurs raisons, et arbitrent elles-mêmes dans un cadre clair.',
        },
        {
          level: 5,
          label: 'Autonomie éclairée',
          description:
            'Stratégie et contexte sont ouverts à tous ; les équipes décident, expliquent leurs choix, demandent rarement.',
        },
      ],
    },
    {
      id: 'organisational-design',
      title: 'Conception de l’organisation',
      coreQuestion:
        'Notre structure est-elle pensée autour de la valeur que nous créons et de ceux pour qui nous la créons, ou autour des métiers et de l’histoire ?',
      prompts: [
        'Quand un problème client traverse trois de nos directions, qui est chargé de le résoudre ?',
        'Quelles parties de notre organisation existent surtout parce que nous avons toujours travaillé ainsi ?',
        'Où les passages de relais entre services ralentissent-ils ou appauvrissent-ils le travail ?',
        'Combien de temps faut-il pour que ce que nous apprenons des clients change notre façon de nous organiser ?',
        'Nos équipes restent-elles assez longtemps ensemble pour bien connaître ce dont elles ont la charge ?',
      ],
      scale: [
        {
          level: 1,
          label: 'Silos par métier',
          description:
            'Nous sommes organisés par métier et par héritage ; personne ne porte un résultat client de bout en bout.',
        },
        {
          level: 2,
          label: 'Logique projet',
          description:
            'Les gens sont réunis en projets temporaires, puis dispersés une fois le livrable remis.',
        },
        {
          level: 3,
          label: 'Alignement partiel',
          description:
            'Quelques équipes stables portent un périmètre produit, mais la valeur dépend encore des relais entre silos.',
        },
        {
          level: 4,
          label: 'Orientée valeur',
          description:
            'La plupart des équipes sont stables et portent un pan du parcours client ; les retours leur arrivent vite.',
        },
        {
          level: 5,
          label: 'Évolution délibérée',
          description:
            'La structure suit le chemin de la valeur jusqu’au client, et nous la faisons évoluer sciemment.',
        },
      ],
    },
    {
      id: 'product-team',
      title: 'L’équipe produit',
      coreQuestion:
        'Nos équipes sont-elles conçues pour prendre en charge un problème de bout en bout, ou pour livrer des solutions choisies par d’autres ?',
      prompts: [
        'Parmi les compétences clés – produit, design, ingénierie –, lesquelles une équipe type a-t-elle à temps plein ?',
        'Quand un sujet arrive dans une équipe, est-ce un problème à résoudre ou une fonctionnalité à construire ?',
        'Que peut mettre une équipe entre les mains des clients sans attendre une autre équipe ?',
        'À quelle fréquence les gens changent-ils d’équipe, et que cela nous coûte-t-il ?',
        'Comment une équipe sait-elle si ce qu’elle a livré a réellement produit l’effet attendu ?',
      ],
      scale: [
        {
          level: 1,
          label: 'Preneurs de commandes',
          description:
            'Les équipes reçoivent des fonctionnalités spécifiées ; les compétences sont mutualisées et tournent souvent.',
        },
        {
          level: 2,
          label: 'Équipes de livraison',
          description:
            'Les équipes sont stables et livrent bien, mais le quoi et le pourquoi se décident encore ailleurs.',
        },
        {
          level: 3,
          label: 'Autonomie partielle',
          description:
            'Certaines équipes reçoivent des problèmes à résoudre, mais des compétences clés restent partagées ou prêtées.',
        },
        {
          level: 4,
          label: 'Équipes responsabilisées',
          description:
            'La plupart des équipes ont leurs compétences clés à temps plein et choisissent elles-mêmes leurs solutions.',
        },
        {
          level: 5,
          label: 'Responsables du résultat',
          description:
            'Les équipes portent leurs résultats de bout en bout, mesurent leur impact et changent de cap sans demander.',
        },
      ],
    },
    {
      id: 'value-creation',
      title: 'Création de valeur',
      coreQuestion:
        'Vérifions-nous qu’une idée mérite d’être construite avant de la construire, et continuons-nous d’apprendre une fois qu’elle est livrée ?',
      prompts: [
        'Qu’est devenue la dernière idée qui ne méritait finalement pas d’être construite, et quand l’avons-nous compris ?',
        'À quelle fréquence ceux qui construisent nos produits parlent-ils à ceux qui les utilisent ?',
        'Qui décide de ce qui entre dans la feuille de route, et sur la base de quels éléments ?',
        'Quelle part de ce que nous avons livré l’an dernier a fait une différence que nous savons démontrer ?',
        'Est-il admis, chez nous, d’arrêter quelque chose que nous avons déjà commencé ?',
      ],
      scale: [
        {
          level: 1,
          label: 'Construction sur commande',
          description:
            'Les idées vont droit dans la feuille de route puis en réalisation ; réussir, c’est livrer à temps.',
        },
        {
          level: 2,
          label: 'Recherche ponctuelle',
          description:
            'Des études ont lieu de temps en temps, surtout pour conforter une décision déjà prise.',
        },
        {
          level: 3,
          label: 'Découverte inégale',
          description:
            'Certaines équipes testent les idées importantes avant de construire, selon l’équipe et l’échéance.',
        },
        {
          level: 4,
          label: 'Découverte régulière',
          description:
            'La plupart des équipes vérifient d’abord valeur et faisabilité, puis mesurent les effets après livraison.',
        },
        {
          level: 5,
          label: 'Apprentissage continu',
          description:
            'La découverte est une habitude hebdomadaire ; les faits décident de ce qui est construit, modifié ou arrêté.',
        },
      ],
    },
    {
      id: 'cross-functional-integration',
      title: 'Intégration transverse',
      coreQuestion:
        'Avec quelle facilité une équipe peut-elle faire aboutir un sujet avec le marketing, les ventes, le support, le juridique, la data et le reste de l’entreprise ?',
      prompts: [
        'Par quelles étapes une équipe doit-elle passer pour proposer un changement aux clients, et lesquelles servent vraiment ?',
        'Quels services les équipes ne rencontrent-elles qu’à la fin, quand il est trop tard pour infléchir le travail ?',
        'Comment décidons-nous si une autre fonction est intégrée à une équipe, collabore avec elle ou est simplement consultée ?',
        'Où le travail attend-il dans la file d’un autre service, et pendant combien de temps ?',
        'Ce que les ventes, le support et le marketing entendent des clients parvient-il aux équipes et change-t-il leur travail ?',
      ],
      scale: [
        {
          level: 1,
          label: 'Gardiens du temple',
          description:
            'Les autres fonctions font barrage à la fin ; les équipes attendent et apprennent les règles à leurs dépens.',
        },
        {
          level: 2,
          label: 'Tickets et faveurs',
          description:
            'Les équipes passent par des tickets et des validations ; tout avance au gré des relations personnelles.',
        },
        {
          level: 3,
          label: 'Contacts identifiés',
          description:
            'Les équipes savent à qui s’adresser et certaines fonctions arrivent tôt, mais les processus les ignorent.',
        },
        {
          level: 4,
          label: 'Modes convenus',
          description:
            'Chaque fonction a choisi sa façon de travailler avec les équipes, et les étapes inutiles disparaissent.',
        },
        {
          level: 5,
          label: 'Intégration native',
          description:
            'Les autres fonctions façonnent le travail dès le départ ; chaque étape restante a sa raison d’être.',
        },
      ],
    },
    {
      id: 'leadership',
      title: 'Leadership',
      coreQuestion:
        'En tant que dirigeants, nous comportons-nous comme notre nouveau modèle opérationnel l’exige ?',
      prompts: [
        'À quand remonte la dernière fois où l’un de nous a changé d’avis grâce à ce qu’une équipe lui a montré ?',
        'Face à nos équipes, passons-nous plus de temps à poser des questions ou à donner des réponses ?',
        'Lesquelles de nos propres habitudes les équipes devraient-elles contourner dans le modèle que nous visons ?',
        'Comment savons-nous ce qui se passe vraiment, en dehors des points d’avancement ?',
        'Que faisons-nous nous-mêmes différemment, pour que chacun voie que le changement est réel ?',
      ],
      scale: [
        {
          level: 1,
          label: 'Commandement',
          description:
            'Les dirigeants décident et ordonnent ; questionner, c’est résister, et l’information remonte par rapports.',
        },
        {
          level: 2,
          label: 'Délégation de tâches',
          description:
            'Les dirigeants délèguent des tâches, pas des décisions, et parlent du changement plus qu’ils ne l’incarnent.',
        },
        {
          level: 3,
          label: 'Signaux contradictoires',
          description:
            'Certains dirigeants questionnent et accompagnent, d’autres ordonnent encore ; les équipes s’adaptent à chacun.',
        },
        {
          level: 4,
          label: 'Posture de coach',
          description:
            'La plupart des dirigeants donnent le contexte, questionnent et soutiennent des choix autres que les leurs.',
        },
        {
          level: 5,
          label: 'Exemplarité',
          description:
            'Les dirigeants restent curieux, vont voir sur place, admettent ce qu’ils ignorent et incarnent le changement.',
        },
      ],
    },
  ],
}
