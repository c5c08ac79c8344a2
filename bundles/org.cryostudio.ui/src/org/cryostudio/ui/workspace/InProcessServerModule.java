package org.cryostudio.ui.workspace;

import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.ExecutorServiceProvider;
import org.eclipse.xtext.ide.server.DefaultProjectDescriptionFactory;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.IProjectDescriptionFactory;
import org.eclipse.xtext.ide.server.MultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.containers.ProjectDescriptionBasedContainerManager;

import com.google.inject.AbstractModule;

/**
 * The language server's workspace bindings (Xtext's ServerModule) for use inside the workbench:
 * languages are found in the global registry, where the Cryo setup registered itself, because
 * ServiceLoader lookups do not cross OSGi bundle class loaders.
 */
final class InProcessServerModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(ExecutorService.class).toProvider(ExecutorServiceProvider.class);
		bind(IResourceServiceProvider.Registry.class).toInstance(IResourceServiceProvider.Registry.INSTANCE);
		bind(IMultiRootWorkspaceConfigFactory.class).to(MultiRootWorkspaceConfigFactory.class);
		bind(IProjectDescriptionFactory.class).to(DefaultProjectDescriptionFactory.class);
		bind(IContainer.Manager.class).to(ProjectDescriptionBasedContainerManager.class);
	}
}
