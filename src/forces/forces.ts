/**
 * The 43 territorial police forces of England and Wales and British
 * Transport Police. `id` is the slug data.police.uk uses; `nationalCode` the
 * two-digit national (PNC) code that an SDM submission carries as
 * `forceIdentifier`. Brand colours live in the theme tokens, not here.
 */
export interface Force {
  readonly id: string;
  readonly name: string;
  /** The Welsh name, for forces that serve Wales. */
  readonly nameCy?: string;
  readonly nationalCode: string;
  readonly country: 'england' | 'wales' | 'england-wales-scotland';
}

export const forces: ReadonlyArray<Force> = [
  {id: 'avon-and-somerset', name: 'Avon and Somerset Constabulary', nationalCode: '52', country: 'england'},
  {id: 'bedfordshire', name: 'Bedfordshire Police', nationalCode: '40', country: 'england'},
  {id: 'cambridgeshire', name: 'Cambridgeshire Constabulary', nationalCode: '35', country: 'england'},
  {id: 'cheshire', name: 'Cheshire Constabulary', nationalCode: '07', country: 'england'},
  {id: 'city-of-london', name: 'City of London Police', nationalCode: '48', country: 'england'},
  {id: 'cleveland', name: 'Cleveland Police', nationalCode: '17', country: 'england'},
  {id: 'cumbria', name: 'Cumbria Constabulary', nationalCode: '03', country: 'england'},
  {id: 'derbyshire', name: 'Derbyshire Constabulary', nationalCode: '30', country: 'england'},
  {id: 'devon-and-cornwall', name: 'Devon & Cornwall Police', nationalCode: '50', country: 'england'},
  {id: 'dorset', name: 'Dorset Police', nationalCode: '55', country: 'england'},
  {id: 'durham', name: 'Durham Constabulary', nationalCode: '11', country: 'england'},
  {id: 'dyfed-powys', name: 'Dyfed-Powys Police', nameCy: 'Heddlu Dyfed-Powys', nationalCode: '63', country: 'wales'},
  {id: 'essex', name: 'Essex Police', nationalCode: '42', country: 'england'},
  {id: 'gloucestershire', name: 'Gloucestershire Constabulary', nationalCode: '53', country: 'england'},
  {id: 'greater-manchester', name: 'Greater Manchester Police', nationalCode: '06', country: 'england'},
  {id: 'gwent', name: 'Gwent Police', nameCy: 'Heddlu Gwent', nationalCode: '61', country: 'wales'},
  {id: 'hampshire', name: 'Hampshire Constabulary', nationalCode: '44', country: 'england'},
  {id: 'hertfordshire', name: 'Hertfordshire Constabulary', nationalCode: '41', country: 'england'},
  {id: 'humberside', name: 'Humberside Police', nationalCode: '16', country: 'england'},
  {id: 'kent', name: 'Kent Police', nationalCode: '46', country: 'england'},
  {id: 'lancashire', name: 'Lancashire Constabulary', nationalCode: '04', country: 'england'},
  {id: 'leicestershire', name: 'Leicestershire Police', nationalCode: '33', country: 'england'},
  {id: 'lincolnshire', name: 'Lincolnshire Police', nationalCode: '32', country: 'england'},
  {id: 'merseyside', name: 'Merseyside Police', nationalCode: '05', country: 'england'},
  {id: 'metropolitan', name: 'Metropolitan Police Service', nationalCode: '01', country: 'england'},
  {id: 'norfolk', name: 'Norfolk Constabulary', nationalCode: '36', country: 'england'},
  {id: 'north-wales', name: 'North Wales Police', nameCy: 'Heddlu Gogledd Cymru', nationalCode: '60', country: 'wales'},
  {id: 'north-yorkshire', name: 'North Yorkshire Police', nationalCode: '12', country: 'england'},
  {id: 'northamptonshire', name: 'Northamptonshire Police', nationalCode: '34', country: 'england'},
  {id: 'northumbria', name: 'Northumbria Police', nationalCode: '10', country: 'england'},
  {id: 'nottinghamshire', name: 'Nottinghamshire Police', nationalCode: '31', country: 'england'},
  {id: 'south-wales', name: 'South Wales Police', nameCy: 'Heddlu De Cymru', nationalCode: '62', country: 'wales'},
  {id: 'south-yorkshire', name: 'South Yorkshire Police', nationalCode: '14', country: 'england'},
  {id: 'staffordshire', name: 'Staffordshire Police', nationalCode: '21', country: 'england'},
  {id: 'suffolk', name: 'Suffolk Constabulary', nationalCode: '37', country: 'england'},
  {id: 'surrey', name: 'Surrey Police', nationalCode: '45', country: 'england'},
  {id: 'sussex', name: 'Sussex Police', nationalCode: '47', country: 'england'},
  {id: 'thames-valley', name: 'Thames Valley Police', nationalCode: '43', country: 'england'},
  {id: 'warwickshire', name: 'Warwickshire Police', nationalCode: '23', country: 'england'},
  {id: 'west-mercia', name: 'West Mercia Police', nationalCode: '22', country: 'england'},
  {id: 'west-midlands', name: 'West Midlands Police', nationalCode: '20', country: 'england'},
  {id: 'west-yorkshire', name: 'West Yorkshire Police', nationalCode: '13', country: 'england'},
  {id: 'wiltshire', name: 'Wiltshire Police', nationalCode: '54', country: 'england'},
  {
    id: 'btp',
    name: 'British Transport Police',
    nameCy: 'Heddlu Trafnidiaeth Prydeinig',
    nationalCode: '93',
    country: 'england-wales-scotland',
  },
];

const byId = new Map(forces.map((force) => [force.id, force]));

export function findForce(id: string | undefined): Force | undefined {
  return id ? byId.get(id.trim().toLowerCase()) : undefined;
}

/**
 * Forces in Wales must offer Welsh, so their elements show an English /
 * Cymraeg switch unless the page turns it off.
 */
export function offersLanguageSwitch(force: Force): boolean {
  return force.country === 'wales';
}
