package org.cryostudio.diagram.core.edit;

/** A change to the parsed spec, made on its EMF model; the serializer turns it into text. */
@FunctionalInterface
public interface SpecChange {

	void apply(SpecModel model) throws EditRefusedException;
}
