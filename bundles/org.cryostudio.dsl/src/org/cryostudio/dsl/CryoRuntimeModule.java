package org.cryostudio.dsl;

import org.cryostudio.dsl.conversion.CryoValueConverterService;
import org.cryostudio.dsl.parser.CryoRecoveringParser;
import org.cryostudio.dsl.parser.CryoSyntaxErrorMessageProvider;
import org.cryostudio.dsl.resource.CryoResourceDescriptionStrategy;
import org.cryostudio.dsl.resource.CryoResourceValidator;
import org.cryostudio.dsl.scoping.CryoGlobalScopeProvider;
import org.cryostudio.dsl.scoping.CryoLinkingDiagnosticMessageProvider;
import org.cryostudio.dsl.validation.CryoNamesAreUniqueValidationHelper;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.validation.INamesAreUniqueValidationHelper;
import org.eclipse.xtext.validation.IResourceValidator;

/** Runtime bindings of the Cryo language (no Equinox extension registry needed). */
public class CryoRuntimeModule extends AbstractCryoRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return CryoValueConverterService.class;
	}

	/** imports by relative path, plus the implicit standard library */
	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return CryoGlobalScopeProvider.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return CryoResourceDescriptionStrategy.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return CryoLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends INamesAreUniqueValidationHelper> bindINamesAreUniqueValidationHelper() {
		return CryoNamesAreUniqueValidationHelper.class;
	}

	/** the generated parser plus recovery that skips a bad line to its block's closing brace */
	@Override
	public Class<? extends IParser> bindIParser() {
		return CryoRecoveringParser.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return CryoSyntaxErrorMessageProvider.class;
	}

	/** one error per broken line (see CryoResourceValidator) */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return CryoResourceValidator.class;
	}
}
