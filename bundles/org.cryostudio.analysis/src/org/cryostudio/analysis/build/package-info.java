/**
 * From a validated spec (the Cryo language's EMF model) to the networks solvers work on. The only
 * place that knows the grammar: when the language grows, this package follows.
 */
package org.cryostudio.analysis.build;
