import type { Employer } from './demo-employers';

/** Public employers (with their ministry) and associations. */
export const PUBLIC_EMPLOYERS: readonly Employer[] = [
  {
    sector: 'Administration publique',
    kind: 'public',
    ministry: 'Intérieur',
    names: ['Mairie {de}'],
    seats: [1, 4],
    weight: 3,
    offers: [
      [
        'État civil et accueil des habitants à la mairie',
        'Tu découvriras comment la mairie accueille les habitants : cartes d’identité, actes de naissance, inscriptions à l’école et sur les listes électorales. Tu suivras aussi la préparation d’un conseil municipal.',
        'Agent d’état civil, agente d’accueil, secrétaire de mairie, directeur général des services.',
      ],
      [
        'Les services techniques de la ville',
        'Voirie, espaces verts, bâtiments communaux : accompagne les équipes qui entretiennent la ville et découvre comment on prépare un chantier ou une fête de quartier.',
        'Jardinier, électricienne, agent de voirie, technicien du bâtiment, responsable des services techniques.',
      ],
    ],
  },
  {
    sector: 'Comptabilité, gestion, ressources humaines',
    kind: 'public',
    ministry: 'Ministères économiques et financiers',
    names: ['Centre des finances publiques {de}'],
    seats: [1, 2],
    offers: [
      [
        'Les métiers des finances publiques',
        'Impôts des particuliers, paiement des dépenses des communes, accueil du public : découvre comment l’argent public est collecté et dépensé, et pourquoi chaque euro est contrôlé.',
        'Contrôleur des finances publiques, inspectrice des impôts, agent d’accueil, comptable public.',
      ],
    ],
  },
  {
    sector: 'Médical',
    kind: 'public',
    ministry: 'Ministères sociaux',
    names: ['Centre hospitalier {de}'],
    seats: [2, 6],
    weight: 2,
    offers: [
      [
        'Découvrir l’hôpital : soigner, accueillir, organiser',
        'Des urgences à la pharmacie de l’hôpital en passant par la cuisine centrale, tu rencontreras les équipes qui font fonctionner un hôpital jour et nuit.',
        'Médecin, infirmière, aide-soignant, manipulatrice en radiologie, brancardier, pharmacien hospitalier.',
      ],
      [
        'Au service de radiologie et au laboratoire de l’hôpital',
        'Observe comment on réalise une radiographie, une échographie ou une prise de sang, et comment les résultats arrivent jusqu’au médecin.',
        'Manipulateur en électroradiologie, technicienne de laboratoire, radiologue, secrétaire médicale.',
      ],
    ],
  },
  {
    sector: 'Sécurité',
    kind: 'public',
    ministry: 'Intérieur',
    names: ['Centre d’incendie et de secours {de}'],
    seats: [2, 4],
    offers: [
      [
        'Une semaine chez les sapeurs-pompiers',
        'Entretien des véhicules, exercices, prévention : découvre la vie d’une caserne et la préparation des secours aux personnes et de la lutte contre l’incendie (sans partir en intervention).',
        'Sapeur-pompier professionnel, opératrice du centre de traitement de l’alerte, mécanicien, officier de prévention.',
      ],
    ],
  },
  {
    sector: 'Sécurité',
    kind: 'public',
    ministry: 'Intérieur',
    names: ['Commissariat de police {de}'],
    seats: [1, 2],
    offers: [
      [
        'Police nationale : au cœur d’un commissariat',
        'Accueil des victimes, police secours, enquête : découvre les missions de la police nationale et les métiers qui la composent, des policiers aux agents administratifs.',
        'Gardien de la paix, officière de police, agent administratif, policier scientifique.',
      ],
    ],
  },
  {
    sector: 'Édition, librairie, bibliothèque',
    kind: 'public',
    ministry: 'Culture',
    names: ['Médiathèque {de}'],
    seats: [1, 2],
    weight: 2,
    offers: [
      [
        'Les coulisses d’une médiathèque',
        'Choisir les livres, les BD et les jeux, les ranger, conseiller les lecteurs, préparer une heure du conte : découvre tout ce qui se passe derrière les rayonnages.',
        'Bibliothécaire, assistante de conservation, médiateur numérique, magasinier des bibliothèques.',
      ],
    ],
  },
  {
    sector: 'Droit et justice',
    kind: 'public',
    ministry: 'Justice',
    names: ['Tribunal de proximité {de}'],
    seats: [1, 3],
    offers: [
      [
        'Découvrir la justice au tribunal',
        'Assiste à des audiences publiques, découvre le travail du greffe et rencontre les professionnels qui rendent la justice au quotidien.',
        'Greffière, juge, avocat, agent d’accueil, directeur de greffe.',
      ],
    ],
  },
  {
    sector: 'Enseignement',
    kind: 'public',
    ministry: 'Education nationale, enseignement supérieur',
    names: ['École élémentaire Jules-Ferry {de}', 'École élémentaire Louise-Michel {de}'],
    seats: [1, 2],
    offers: [
      [
        'Une semaine dans une école élémentaire',
        'Aide à préparer les activités, observe comment on apprend à lire et à compter, découvre le travail de toute l’équipe éducative, de la directrice à l’animateur du périscolaire.',
        'Professeure des écoles, directeur d’école, animatrice périscolaire, agent spécialisé des écoles maternelles.',
      ],
    ],
  },
  {
    sector: 'Armée - Défense',
    kind: 'public',
    ministry: 'Armées',
    names: ['Centre d’information et de recrutement des forces armées {de}'],
    seats: [1, 3],
    offers: [
      [
        'Découvrir les métiers des armées',
        'Rencontre des militaires de l’armée de Terre, de la Marine et de l’armée de l’Air et de l’Espace, découvre leurs spécialités (mécanique, santé, informatique, cuisine…) et la vie en unité.',
        'Militaire du rang, sous-officière, mécanicien aéronautique, infirmier militaire, cuisinier des armées.',
      ],
    ],
  },
  {
    sector: 'Culture et patrimoine',
    kind: 'public',
    ministry: 'Culture',
    names: ['Musée d’art et d’histoire {de}', 'Archives municipales {de}'],
    seats: [1, 3],
    offers: [
      [
        'Conserver et faire connaître le patrimoine',
        'Inventaire des collections, restauration, accueil des visiteurs, préparation d’une exposition : découvre les métiers qui font vivre un musée et ses archives.',
        'Conservatrice, régisseur des collections, médiatrice culturelle, archiviste, agent d’accueil et de surveillance.',
      ],
    ],
  },
  {
    sector: 'Arts du spectacle',
    kind: 'public',
    ministry: 'Culture',
    names: ['Théâtre municipal {de}'],
    seats: [1, 3],
    offers: [
      [
        'Dans les coulisses d’un théâtre',
        'Montage du décor, réglage des lumières et du son, accueil du public : vis la préparation d’un spectacle jusqu’au lever de rideau.',
        'Régisseur son et lumière, machiniste, chargée de production, comédien, ouvreuse.',
      ],
    ],
  },
  {
    sector: 'Environnement',
    kind: 'public',
    ministry: 'Transition écologique et solidaire',
    names: ['Direction départementale des territoires, antenne {de}'],
    seats: [1, 2],
    offers: [
      [
        'Protéger l’eau, les sols et la nature',
        'Contrôles de la qualité de l’eau, suivi des espèces protégées, prévention des inondations : accompagne les agents sur le terrain et au bureau.',
        'Technicien de l’environnement, inspectrice de l’environnement, agent de l’Office français de la biodiversité, géomaticien.',
      ],
    ],
  },
  {
    sector: 'Agriculture',
    kind: 'public',
    ministry: 'Agriculture et alimentation',
    names: ['Lycée agricole {de}'],
    seats: [1, 3],
    outskirts: true,
    offers: [
      [
        'Une exploitation agricole au lycée',
        'Soins aux animaux, cultures maraîchères, vente à la ferme : découvre une exploitation agricole et les formations qui y mènent.',
        'Agricultrice, maraîcher, technicien agricole, conseiller en élevage.',
      ],
    ],
  },
  {
    sector: 'Recherche',
    kind: 'public',
    ministry: 'Education nationale, enseignement supérieur',
    names: ['Laboratoire de recherche en biologie {de}'],
    seats: [1, 2],
    offers: [
      [
        'Une semaine dans un laboratoire de recherche',
        'Observe des chercheurs et des techniciens au travail : préparation d’expériences, microscopes, analyse des résultats et présentation à l’équipe.',
        'Chercheuse, ingénieur de recherche, technicien de laboratoire, doctorante.',
      ],
    ],
  },
  {
    sector: 'Social',
    kind: 'public',
    ministry: 'Ministères sociaux',
    names: ['Agence France Travail {de}'],
    seats: [1, 2],
    offers: [
      [
        'Accompagner les personnes vers l’emploi',
        'Accueil des demandeurs d’emploi, ateliers CV, rencontres avec les entreprises : découvre comment on aide chacun à trouver un travail ou une formation.',
        'Conseiller emploi, chargée de relations entreprises, psychologue du travail, agent d’accueil.',
      ],
    ],
  },
  {
    sector: 'Social',
    kind: 'association',
    names: ['Centre social et culturel {de}', 'Maison de quartier {de}'],
    seats: [1, 3],
    weight: 2,
    offers: [
      [
        'Animation et accompagnement au centre social',
        'Aide aux devoirs, ateliers pour les familles, sorties : découvre comment une équipe accompagne les habitants du quartier à tous les âges de la vie.',
        'Animatrice socioculturelle, éducateur spécialisé, conseillère en économie sociale et familiale, coordinateur de projets.',
      ],
    ],
  },
  {
    sector: 'Social',
    kind: 'association',
    names: ['Épicerie solidaire {de}'],
    seats: [1, 2],
    offers: [
      [
        'Solidarité et aide alimentaire',
        'Réception des dons, mise en rayon, accueil des familles : découvre comment une association lutte contre la précarité avec ses salariés et ses bénévoles.',
        'Coordinatrice associative, travailleur social, logisticien, responsable des bénévoles.',
      ],
    ],
  },
  {
    sector: 'Sport',
    kind: 'association',
    names: ['Union sportive {de}', 'Club de natation {de}'],
    seats: [1, 4],
    weight: 2,
    offers: [
      [
        'Éducateur ou éducatrice sportive dans un club',
        'Prépare les entraînements des plus jeunes, aide à l’organisation d’un tournoi et découvre la gestion d’un club qui compte des centaines de licenciés.',
        'Éducateur sportif, entraîneuse, préparateur physique, responsable administrative du club.',
      ],
    ],
  },
  {
    sector: 'Audiovisuel',
    kind: 'association',
    names: ['Radio Horizon {c}'],
    seats: [1, 2],
    offers: [
      [
        'Faire de la radio : une semaine en studio',
        'Prépare une chronique, apprends à te servir d’une table de mixage et participe à l’enregistrement d’une émission avec l’équipe de la radio.',
        'Animatrice radio, technicien du son, journaliste, chargé de programmation.',
      ],
    ],
  },
  {
    sector: 'Environnement',
    kind: 'association',
    names: ['Ressourcerie {de}'],
    seats: [1, 3],
    offers: [
      [
        'Réemploi et recyclage à la ressourcerie',
        'Collecte, tri, réparation et revente d’objets : découvre comment on donne une seconde vie aux meubles, aux vêtements et aux appareils.',
        'Valoriste, réparateur en électroménager, vendeuse, animateur de prévention des déchets.',
      ],
    ],
  },
  {
    sector: 'Arts du spectacle',
    kind: 'association',
    names: ['Compagnie de théâtre La Lanterne', 'Compagnie de danse Pas Sages'],
    seats: [1, 2],
    offers: [
      [
        'Création d’un spectacle avec une compagnie',
        'Assiste aux répétitions, découvre la fabrication des costumes et des décors et le travail de diffusion d’un spectacle en tournée.',
        'Comédienne, danseur, metteur en scène, costumière, chargé de diffusion.',
      ],
    ],
  },
  {
    sector: 'Agriculture',
    kind: 'association',
    names: ['Ferme urbaine {de}'],
    seats: [1, 3],
    offers: [
      [
        'Cultiver en ville à la ferme urbaine',
        'Semis, récoltes, compost, vente de paniers : découvre comment on produit des légumes en pleine ville et comment on sensibilise les habitants.',
        'Maraîchère urbaine, animateur nature, chargé de projet agricole, apicultrice.',
      ],
    ],
  },
  {
    sector: 'Tourisme',
    kind: 'association',
    names: ['Office de tourisme {de}'],
    seats: [1, 2],
    offers: [
      [
        'Accueillir les visiteurs à l’office de tourisme',
        'Renseigner les touristes, préparer une visite guidée, mettre à jour le site et les brochures : découvre les métiers qui font connaître une ville.',
        'Conseiller en séjour, guide-conférencière, chargé de promotion touristique, animatrice du patrimoine.',
      ],
    ],
  },
];
