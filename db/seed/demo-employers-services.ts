import type { Employer } from './demo-employers';

/** Private employers of trade and services. */
export const SERVICE_EMPLOYERS: readonly Employer[] = [
  {
    sector: 'Commerce et distribution',
    kind: 'private',
    paqte: 'Alliance Commerce Solidaire',
    names: ['Supermarché Marché Plus {c}', 'Hypermarché Grand Panier {c}'],
    seats: [2, 4],
    weight: 3,
    offers: [
      [
        'Les métiers du commerce en supermarché',
        'Réception des livraisons, mise en rayon, caisse, rayon boucherie ou fruits et légumes : découvre l’organisation d’un magasin et ses nombreux métiers.',
        'Employé de libre-service, hôtesse de caisse, boucher, chef de rayon, directrice de magasin.',
      ],
      [
        'Vendeur ou vendeuse : accueillir et conseiller les clients',
        'Apprends comment on accueille un client, on présente les produits et on tient un rayon, avec l’équipe de vente du magasin.',
        'Vendeuse, conseiller de vente, responsable de rayon, manager de magasin.',
      ],
    ],
  },
  {
    sector: 'Paramédical',
    kind: 'private',
    names: ['Pharmacie de la Gare', 'Pharmacie du Marché', 'Grande Pharmacie {de}'],
    seats: [1, 1],
    weight: 2,
    offers: [
      [
        'Préparateur ou préparatrice en pharmacie',
        'Découvre la délivrance des médicaments, la préparation des ordonnances, la gestion des stocks et le conseil aux patients.',
        'Pharmacienne, préparateur en pharmacie, rayonniste, conseillère en dermocosmétique.',
      ],
    ],
  },
  {
    sector: 'Paramédical',
    kind: 'private',
    names: ['Cabinet de kinésithérapie du Parc', 'Maison de santé {de}'],
    seats: [1, 1],
    offers: [
      [
        'Rééducation et soins : kinésithérapeute, orthophoniste, infirmier',
        'Au cabinet, observe les séances de rééducation et découvre les métiers qui aident les patients à retrouver leurs capacités.',
        'Masseur-kinésithérapeute, orthophoniste, ergothérapeute, infirmière libérale.',
      ],
    ],
  },
  {
    sector: 'Médical',
    kind: 'private',
    names: ['Centre dentaire {de}'],
    seats: [1, 2],
    offers: [
      [
        'Découvrir les métiers du soin dentaire',
        'Accueil des patients, stérilisation du matériel, consultations : découvre le travail des dentistes et de leurs assistants.',
        'Chirurgien-dentiste, assistante dentaire, prothésiste dentaire, secrétaire médicale.',
      ],
    ],
  },
  {
    sector: 'Social',
    kind: 'private',
    names: ['Résidence seniors Les Tilleuls', 'Résidence Les Jardins d’Automne'],
    seats: [1, 2],
    offers: [
      [
        'Accompagner les personnes âgées en résidence',
        'Animation, repas, soins du quotidien : découvre les métiers qui prennent soin des résidents et rendent leur vie plus agréable.',
        'Aide-soignante, animateur en gérontologie, auxiliaire de vie, infirmier coordinateur.',
      ],
    ],
  },
  {
    sector: 'Droit et justice',
    kind: 'private',
    names: ['Cabinet d’avocats Durand et associés', 'Cabinet Benhamou Avocats'],
    seats: [1, 1],
    offers: [
      [
        'Découvrir le métier d’avocat',
        'Recherche juridique, rendez-vous avec les clients, préparation d’une plaidoirie, audience au tribunal : vis une semaine au rythme d’un cabinet d’avocats.',
        'Avocate, juriste, assistant juridique, clerc, commissaire de justice.',
      ],
    ],
  },
  {
    sector: 'Informatique et réseaux',
    kind: 'private',
    paqte: 'Groupe Numérique Inclusif',
    names: ['Datalogic Conseil', 'Réseaux et Systèmes {c}'],
    seats: [1, 3],
    weight: 2,
    offers: [
      [
        'Développer une application web avec une équipe informatique',
        'Découvre comment une équipe conçoit une application : réunion avec le client, programmation, tests et mise en ligne. Tu écriras toi-même quelques lignes de code.',
        'Développeuse, testeur, cheffe de projet informatique, designer UX, administrateur systèmes.',
      ],
      [
        'Réseaux et cybersécurité : protéger une entreprise',
        'Installation de postes, câblage, surveillance du réseau, sensibilisation aux risques : découvre les métiers qui protègent les données d’une entreprise.',
        'Technicien réseaux, analyste en cybersécurité, administratrice systèmes, technicien d’assistance informatique.',
      ],
    ],
  },
  {
    sector: 'Jeu vidéo',
    kind: 'private',
    names: ['Studio Pixel Lune', 'Studio Neuf Vies'],
    seats: [1, 2],
    offers: [
      [
        'Créer un jeu vidéo dans un studio indépendant',
        'Game design, graphisme, programmation, tests : découvre toutes les étapes de la création d’un jeu et deviens testeur pour l’équipe.',
        'Game designer, graphiste 2D et 3D, programmeuse gameplay, testeur, producteur.',
      ],
    ],
  },
  {
    sector: 'Hôtellerie, restauration',
    kind: 'private',
    paqte: 'Alliance Commerce Solidaire',
    names: ['Hôtel du Parc', 'Hôtel de la Gare', 'Hôtel Les Terrasses'],
    seats: [1, 3],
    offers: [
      [
        'Les métiers de l’hôtellerie',
        'Réception des clients, préparation des chambres, petit-déjeuner, réservations : découvre l’organisation d’un hôtel et le sens de l’accueil.',
        'Réceptionniste, gouvernante, valet de chambre, directrice d’hôtel, concierge.',
      ],
    ],
  },
  {
    sector: 'Hôtellerie, restauration',
    kind: 'private',
    names: ['Restaurant Le Bistrot du Port', 'Brasserie de la Place', 'Restaurant Chez Mounia'],
    seats: [1, 2],
    weight: 2,
    offers: [
      [
        'En cuisine et en salle au restaurant',
        'Mise en place, préparation des entrées et des desserts, service en salle : découvre le rythme d’un restaurant et le travail d’une brigade.',
        'Cuisinier, commis de cuisine, serveuse, chef de rang, pâtissier de restaurant.',
      ],
    ],
  },
  {
    sector: 'Tourisme',
    kind: 'private',
    names: ['Agence Voyages Horizons', 'Agence Les Globe-Trotteurs'],
    seats: [1, 1],
    offers: [
      [
        'Organiser des voyages en agence',
        'Conseil aux clients, construction d’un circuit, réservation des transports et des hôtels : découvre comment on prépare un voyage de A à Z.',
        'Conseillère en voyages, forfaitiste, guide accompagnateur, agent de réservation.',
      ],
    ],
  },
  {
    sector: 'Banque et assurance',
    kind: 'private',
    paqte: 'Groupe Crédit Solidaire',
    names: ['Crédit Solidaire, agence {de}', 'Assurances Mutuelles Solidaires, agence {de}'],
    seats: [1, 2],
    offers: [
      [
        'Banque et assurance : conseiller les clients',
        'Ouverture d’un compte, prêt immobilier, assurance habitation : observe les conseillers en rendez-vous et découvre le fonctionnement d’une agence.',
        'Conseiller clientèle, chargée d’accueil, gestionnaire de sinistres, directeur d’agence.',
      ],
    ],
  },
  {
    sector: 'Communication',
    kind: 'private',
    names: ['Agence Tandem Communication', 'Agence Mots et Images'],
    seats: [1, 2],
    offers: [
      [
        'Une semaine en agence de communication',
        'Réseaux sociaux, affiches, vidéo, relations presse : participe aux réunions de création et découvre comment on construit une campagne.',
        'Chargée de communication, community manager, graphiste, attaché de presse.',
      ],
    ],
  },
  {
    sector: 'Marketing, publicité',
    kind: 'private',
    names: ['Régie publicitaire Affichage Plus', 'Agence Clic et Marché'],
    seats: [1, 2],
    offers: [
      [
        'Marketing et publicité : faire connaître un produit',
        'Études de marché, choix d’un slogan, achat d’espaces publicitaires, mesure des résultats : découvre comment une marque parle à ses clients.',
        'Chef de produit, chargée d’études marketing, concepteur-rédacteur, media planneuse.',
      ],
    ],
  },
  {
    sector: 'Audiovisuel',
    kind: 'private',
    names: ['Société de production Plan Large', 'Studio Lumière Production'],
    seats: [1, 2],
    offers: [
      [
        'Tournage et montage : les métiers de l’audiovisuel',
        'Assiste à la préparation d’un tournage, découvre la prise de vue et de son, puis le montage et l’étalonnage d’un reportage.',
        'Monteuse, cadreur, ingénieur du son, réalisatrice, assistant de production.',
      ],
    ],
  },
  {
    sector: 'Traduction, interprétation',
    kind: 'private',
    names: ['Agence de traduction Babel Langues', 'Cabinet Interprètes Associés'],
    seats: [1, 1],
    offers: [
      [
        'Traduire et interpréter : les métiers des langues',
        'Observe des traducteurs au travail sur des documents techniques, juridiques ou des sous-titres de films, et découvre l’interprétation en réunion.',
        'Traductrice, interprète, sous-titreur, terminologue, chef de projet de traduction.',
      ],
    ],
  },
  {
    sector: 'Comptabilité, gestion, ressources humaines',
    kind: 'private',
    names: ['Cabinet d’expertise comptable Moreau', 'Cabinet Chiffres et Conseils'],
    seats: [1, 2],
    offers: [
      [
        'Comptabilité et gestion en cabinet',
        'Saisie des factures, préparation des bilans, fiches de paie : découvre comment un cabinet aide les entreprises à tenir leurs comptes et à gérer leurs salariés.',
        'Expert-comptable, assistante comptable, gestionnaire de paie, chargé de ressources humaines.',
      ],
    ],
  },
  {
    sector: 'Conseil',
    kind: 'private',
    names: ['Cabinet de conseil Stratégia', 'Conseil et Territoires'],
    seats: [1, 2],
    offers: [
      [
        'Le métier de consultant',
        'Réunions avec les clients, analyses, présentations : découvre comment des consultants aident les entreprises et les collectivités à résoudre leurs problèmes.',
        'Consultante, chef de projet, analyste, chargé d’études.',
      ],
    ],
  },
  {
    sector: 'Immobilier, transactions immobilières',
    kind: 'private',
    names: ['Agence immobilière du Centre', 'Immobilier Transactions {c}'],
    seats: [1, 1],
    offers: [
      [
        'Les métiers de l’immobilier en agence',
        'Visites d’appartements, estimation d’un bien, gestion des locations : découvre le quotidien d’une agence immobilière.',
        'Négociatrice immobilière, gestionnaire locatif, syndic de copropriété, assistant d’agence.',
      ],
    ],
  },
  {
    sector: 'Services postaux',
    kind: 'private',
    names: ['Plateforme de distribution du courrier {de}'],
    seats: [1, 3],
    offers: [
      [
        'Trier et distribuer le courrier et les colis',
        'Tri du courrier au petit matin, préparation des tournées, distribution avec un facteur et accueil au bureau de poste.',
        'Factrice, agent de tri, chargé de clientèle, responsable de plateforme.',
      ],
    ],
  },
  {
    sector: 'Édition, librairie, bibliothèque',
    kind: 'private',
    names: ['Librairie Les Mots Voyageurs', 'Librairie-papeterie du Centre'],
    seats: [1, 1],
    offers: [
      [
        'Libraire : conseiller les lecteurs',
        'Réception des nouveautés, mise en place des tables, conseils aux lecteurs, rencontre avec une autrice : découvre la vie d’une librairie indépendante.',
        'Libraire, vendeur en librairie, éditrice, représentant.',
      ],
    ],
  },
  {
    sector: 'Sport',
    kind: 'private',
    names: ['Salle d’escalade Le Bloc {c}'],
    seats: [1, 2],
    offers: [
      [
        'Encadrer l’escalade en salle',
        'Accueil des grimpeurs, ouverture de nouvelles voies, cours pour les enfants : découvre la vie d’une salle d’escalade.',
        'Moniteur d’escalade, ouvreuse de voies, responsable d’accueil, gérant de salle.',
      ],
    ],
  },
  {
    sector: 'Logistique et transport',
    kind: 'private',
    names: ['Messageries Express {c}', 'Plateforme logistique {de}'],
    seats: [1, 3],
    offers: [
      [
        'Préparer et livrer les commandes',
        'Réception des colis, préparation des commandes, chargement des camions, suivi des tournées sur écran : découvre toute la chaîne logistique.',
        'Préparatrice de commandes, cariste, chauffeur-livreur, agent d’exploitation, responsable d’entrepôt.',
      ],
    ],
  },
  {
    sector: 'Logistique et transport',
    kind: 'private',
    names: ['Réseau de bus {de}'],
    seats: [1, 2],
    offers: [
      [
        'Conduire et organiser un réseau de bus',
        'Du dépôt au poste de régulation, découvre comment on prépare les bus, on organise les horaires et on informe les voyageurs.',
        'Conducteur de bus, régulatrice, mécanicien poids lourds, agent d’information voyageurs.',
      ],
    ],
  },
];
