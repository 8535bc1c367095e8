/** `GET {endpoint}/forces/locate?postcode=`: the force that covers the postcode, by its id in the forces table. */
export interface ForceLocation {
  data: {type: 'force'; id: string};
}
