// The generator lives in lib/ since the demo seed draws its offers with it too.
export { createRandom, type Random } from '@/lib/random';
