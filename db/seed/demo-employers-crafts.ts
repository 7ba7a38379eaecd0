import type { Employer } from './demo-employers';

/** Private employers of crafts, building and industry. */
export const CRAFT_AND_INDUSTRY_EMPLOYERS: readonly Employer[] = [
  {
    sector: 'Industrie alimentaire',
    kind: 'private',
    names: ['Boulangerie-pâtisserie du Marché', 'Au Fournil {de}', 'Maison Lefèvre, boulangerie-pâtisserie'],
    seats: [1, 1],
    weight: 3,
    offers: [
      [
        'Boulanger ou boulangère : une semaine au fournil',
        'Découvre le pétrissage, le façonnage et la cuisson du pain et des viennoiseries, puis la vente en boutique. Le fournil commence tôt : tes horaires sont adaptés à ton âge.',
        'Boulanger, boulangère, pâtissier, vendeuse en boulangerie, apprenti.',
      ],
      [
        'Initiation à la pâtisserie artisanale',
        'Tartes, éclairs, entremets : observe la pâtissière préparer les crèmes et les pâtes, décorer les gâteaux et les présenter en vitrine.',
        'Pâtissière, chocolatier, boulanger-pâtissier, vendeur en pâtisserie.',
      ],
    ],
  },
  {
    sector: 'Industrie alimentaire',
    kind: 'private',
    names: ['Biscuiterie artisanale {de}', 'Chocolaterie {de}'],
    seats: [2, 4],
    outskirts: true,
    offers: [
      [
        'Fabriquer des biscuits et des chocolats, de la recette à l’emballage',
        'Suis la production sur la ligne : mélange des ingrédients, cuisson, contrôle qualité, emballage et expédition.',
        'Conducteur de ligne, technicienne qualité, opérateur de production, chocolatier, responsable logistique.',
      ],
    ],
  },
  {
    sector: 'Automobile',
    kind: 'private',
    names: ['Garage du Centre', 'Garage Martin et fils', 'Auto Services {c}'],
    seats: [1, 2],
    weight: 2,
    offers: [
      [
        'Mécanicien ou mécanicienne automobile',
        'Vidange, freins, diagnostic électronique : observe les mécaniciens au travail, découvre la carrosserie et l’accueil des clients à l’atelier.',
        'Mécanicien automobile, carrossière, technicien diagnostic, conseiller service après-vente.',
      ],
    ],
  },
  {
    sector: 'Bâtiment et travaux publics (BTP)',
    kind: 'private',
    paqte: 'Réseau Bâtir Ensemble',
    names: ['Bâtiments et Travaux {c}', 'Entreprise générale de construction Ferreira'],
    seats: [2, 4],
    weight: 2,
    offers: [
      [
        'Sur un chantier de construction',
        'Avec les équipes de chantier, découvre le gros œuvre, la maçonnerie, la conduite d’engins et la sécurité. Les équipements de protection sont fournis.',
        'Maçon, conducteur de travaux, grutière, chef de chantier, géomètre.',
      ],
      [
        'Les métiers du second œuvre : électricité, plomberie, peinture',
        'Suis les artisans qui terminent un bâtiment : installation électrique, plomberie, isolation et peinture.',
        'Électricienne, plombier-chauffagiste, peintre en bâtiment, plaquiste, carreleur.',
      ],
    ],
  },
  {
    sector: 'Énergie',
    kind: 'private',
    paqte: 'Réseau Bâtir Ensemble',
    names: ['Solaire et Compagnie', 'Réseau de chaleur urbain {de}'],
    seats: [1, 3],
    offers: [
      [
        'Produire et distribuer l’énergie',
        'Panneaux solaires, chaufferie, compteurs : découvre comment on produit l’énergie, comment on l’achemine et comment on aide les habitants à en consommer moins.',
        'Technicienne de maintenance en énergies renouvelables, électricien, ingénieur énergie, conseiller en économies d’énergie.',
      ],
    ],
  },
  {
    sector: 'Environnement',
    kind: 'private',
    names: ['Collecte et Recyclage {c}', 'Centre de tri {de}'],
    seats: [2, 4],
    outskirts: true,
    offers: [
      [
        'Collecter, trier et recycler les déchets',
        'Tournée de collecte au petit matin, centre de tri, valorisation : découvre ce que deviennent nos déchets et les métiers qui les traitent.',
        'Ripeur, conductrice de benne, agent de tri, responsable d’exploitation, technicien de l’environnement.',
      ],
    ],
  },
  {
    sector: 'Agroéquipement',
    kind: 'private',
    names: ['Matériel agricole {c}', 'Concession Agri-Service'],
    seats: [1, 2],
    outskirts: true,
    offers: [
      [
        'Réparer et vendre des machines agricoles',
        'Tracteurs, moissonneuses, robots de traite : découvre l’atelier de maintenance, le magasin de pièces et le conseil aux agriculteurs.',
        'Mécanicien en matériel agricole, technico-commerciale, magasinier, technicien de maintenance.',
      ],
    ],
  },
  {
    sector: 'Construction aéronautique, ferroviaire et navale',
    kind: 'private',
    names: ['Technicentre ferroviaire {de}'],
    seats: [2, 5],
    outskirts: true,
    offers: [
      [
        'Maintenance des trains au technicentre',
        'Inspection des rames, remplacement de pièces, essais : découvre comment on entretient les trains pour qu’ils circulent en toute sécurité.',
        'Technicien de maintenance ferroviaire, électricienne, chaudronnier, cheffe d’équipe.',
      ],
    ],
  },
  {
    sector: 'Électronique',
    kind: 'private',
    names: ['Électronique industrielle {c}', 'Cartes et Circuits'],
    seats: [1, 2],
    offers: [
      [
        'Fabriquer des cartes électroniques',
        'Conception sur ordinateur, soudure, assemblage et tests : découvre comment naissent les cartes électroniques de nos objets connectés.',
        'Technicien en électronique, câbleuse, ingénieur en conception, opérateur de test.',
      ],
    ],
  },
  {
    sector: 'Industrie chimique',
    kind: 'private',
    names: ['Laboratoires cosmétiques {c}', 'Chimie fine {c}'],
    seats: [1, 3],
    outskirts: true,
    offers: [
      [
        'Fabriquer des cosmétiques en laboratoire',
        'Formulation des crèmes, contrôle qualité, conditionnement : découvre le travail des chimistes et des techniciens de production.',
        'Technicienne de laboratoire, chimiste, opérateur de fabrication, responsable qualité.',
      ],
    ],
  },
  {
    sector: 'Maintenance',
    kind: 'private',
    names: ['Ascenseurs Services {c}', 'Maintenance industrielle {c}'],
    seats: [1, 2],
    offers: [
      [
        'Dépanner et entretenir ascenseurs et équipements',
        'Accompagne les techniciens dans leurs tournées d’entretien et de dépannage, et découvre le suivi des interventions.',
        'Technicien de maintenance, électromécanicienne, chef d’équipe, planificateur.',
      ],
    ],
  },
  {
    sector: 'Mécanique',
    kind: 'private',
    names: ['Mécanique de précision {c}', 'Usinage Dupuis'],
    seats: [1, 2],
    outskirts: true,
    offers: [
      [
        'Usiner des pièces à l’atelier de mécanique',
        'Lecture de plans, machines à commande numérique, contrôle des pièces au micromètre : découvre la fabrication de pièces pour l’aéronautique ou le médical.',
        'Usineur, technicienne en mécanique, fraiseur, contrôleur qualité.',
      ],
    ],
  },
  {
    sector: 'Industrie, ingénierie industrielle',
    kind: 'private',
    names: ['Bureau d’études Ingénierie {c}', 'Usine de composants {c}'],
    seats: [2, 4],
    outskirts: true,
    offers: [
      [
        'Ingénierie industrielle : de l’idée à l’usine',
        'Bureau d’études, lignes de production automatisées, contrôle qualité : découvre comment une usine conçoit et fabrique ses produits.',
        'Ingénieure de production, technicien méthodes, opérateur sur ligne automatisée, responsable qualité.',
      ],
    ],
  },
  {
    sector: 'Filière bois',
    kind: 'private',
    names: ['Menuiserie Dubois et fils', 'Atelier d’ébénisterie {de}'],
    seats: [1, 2],
    offers: [
      [
        'Menuisier ou menuisière : travailler le bois',
        'Lecture de plans, découpe, assemblage et finition : découvre la fabrication de meubles, d’escaliers et de fenêtres en bois.',
        'Menuisier, ébéniste, charpentière, technicien du bois.',
      ],
    ],
  },
  {
    sector: "Métiers d'art",
    kind: 'private',
    names: ['Atelier de vitrail Lumière', 'Atelier de dorure et d’encadrement'],
    seats: [1, 1],
    offers: [
      [
        'Restaurer des vitraux et des objets d’art',
        'Découpe du verre, sertissage au plomb, dorure à la feuille : découvre des savoir-faire rares auprès d’artisans passionnés.',
        'Maître verrier, doreuse, encadreur, restauratrice d’objets d’art.',
      ],
    ],
  },
  {
    sector: 'Verre, béton, céramique',
    kind: 'private',
    names: ['Atelier de céramique Terre et Feu', 'Poterie {de}'],
    seats: [1, 2],
    offers: [
      [
        'Façonner la terre : céramique et poterie',
        'Tournage, émaillage, cuisson au four : découvre la fabrication de pièces en céramique, de la création à la vente.',
        'Céramiste, potier, émailleuse, technicien de cuisson.',
      ],
    ],
  },
  {
    sector: 'Mode',
    kind: 'private',
    names: ['Atelier de couture Fil d’Or', 'Atelier de création Belle Allure'],
    seats: [1, 2],
    offers: [
      [
        'Dans un atelier de couture',
        'Patronage, coupe, couture, retouches : découvre comment un vêtement est conçu et fabriqué, et le travail avec les créateurs.',
        'Couturière, modéliste, styliste, retoucheur, vendeuse en prêt-à-porter.',
      ],
    ],
  },
  {
    sector: 'Art et design',
    kind: 'private',
    names: ['Studio de design graphique Ligne Claire', 'Atelier Forme et Fonction'],
    seats: [1, 2],
    offers: [
      [
        'Design graphique et design d’objet',
        'Croquis, logiciels de création, maquettes : découvre comment des designers imaginent des logos, des affiches ou des objets.',
        'Designer graphique, illustratrice, designer produit, directeur artistique.',
      ],
    ],
  },
  {
    sector: "Artisanat d'art",
    kind: 'private',
    names: ['Bijouterie Éclat', 'Atelier Or et Argent'],
    seats: [1, 1],
    offers: [
      [
        'Créer des bijoux à l’atelier',
        'Dessin, fonte, sertissage des pierres, polissage : observe les artisans bijoutiers créer et réparer des bijoux.',
        'Bijoutière, joaillier, sertisseur, polisseuse, vendeur en bijouterie.',
      ],
    ],
  },
  {
    sector: 'Architecture, urbanisme et paysage',
    kind: 'private',
    names: ['Atelier d’architecture Ligne et Volume', 'Agence de paysage Vert Horizon'],
    seats: [1, 2],
    offers: [
      [
        'Imaginer les bâtiments et les jardins de demain',
        'Croquis, maquettes, plans en 3D, visite de chantier : découvre comment architectes et paysagistes conçoivent les lieux où l’on vit.',
        'Architecte, paysagiste, dessinatrice-projeteuse, urbaniste, maquettiste.',
      ],
    ],
  },
];
