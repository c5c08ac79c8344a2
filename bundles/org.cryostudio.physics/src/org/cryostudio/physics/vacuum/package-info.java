/**
 * Vacuum gas flow: transmission probabilities and conductances of tubes (Clausing), orifices,
 * rectangular ducts, elbows, baffles and valves; their series combination (Oatley/Haefer);
 * viscous and transitional flow (Poiseuille, choked orifice, Knudsen); effective pumping speed;
 * and gas loads (outgassing, bakeout, hydrogen diffusion, permeation, leaks, process gas).
 * Hot-path methods take and return SI doubles; methods that can leave their validity range return
 * a {@link org.cryostudio.physics.model.ModelResult}.
 */
package org.cryostudio.physics.vacuum;
