/**
 * Structural checks of vacuum vessels: elastic buckling of spheres, cylinders with ends and tori
 * under external pressure with knock-down factors; elastic constants come from the material data
 * in {@link org.cryostudio.physics.thermal.Materials}.
 */
package org.cryostudio.physics.structures;
