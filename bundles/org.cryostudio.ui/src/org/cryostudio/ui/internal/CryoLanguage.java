package org.cryostudio.ui.internal;

import java.util.Set;
import java.util.TreeSet;

import org.cryostudio.dsl.ide.CryoIdeSetup;
import org.cryostudio.dsl.services.CryoGrammarAccess;
import org.eclipse.xtext.GrammarUtil;

import com.google.inject.Injector;

/**
 * The Cryo language as the desktop sees it: one injector with the runtime and ide modules (the
 * same services the language server uses), created on first use.
 */
public final class CryoLanguage {

	private static Injector injector;

	private CryoLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new CryoIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** @return the grammar's word keywords (punctuation excluded), for lexical highlighting */
	public static Set<String> wordKeywords() {
		Set<String> words = new TreeSet<>();
		for (String k : GrammarUtil.getAllKeywords(injector().getInstance(CryoGrammarAccess.class).getGrammar())) {
			if (Character.isLetter(k.charAt(0))) {
				words.add(k);
			}
		}
		return words;
	}
}
