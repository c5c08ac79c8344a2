package org.cryostudio.ui.workspace;

/** A read of one spec on the language worker. */
@FunctionalInterface
public interface SpecReader<T> {
	T read(SpecAccess spec) throws Exception;
}
