package dev.integrations.openai.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.integrations.openai.client.OpenAIClient;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers the beans of every named client ({@code openai.clients.<name>.*}): its {@link OpenAIClient}
 * ({@code <name>OpenAIClient}) and one bean per enabled service ({@code <name>ChatCompletionService}, ...), each
 * qualified by the name and not a default candidate, so that unqualified injection points keep getting the
 * top-level beans; plus the {@link OpenAIClients} registry. A bean the application defines with the name as qualifier
 * (or as bean name) replaces the one of that type for that name; services then derive from the application's client.
 * Every one of these beans is made by a method of the {@link NamedOpenAIClientFactory} bean from the name (no instance
 * supplier), so that Spring AOT can write the definitions as code.
 */
final class NamedOpenAIClientsRegistrar implements ImportBeanDefinitionRegistrar {

	/** The bean that makes the named clients, their services and the registry. */
	static final String FACTORY = "namedOpenAIClientFactory";

	private final Environment environment;

	private final ListableBeanFactory beanFactory;

	NamedOpenAIClientsRegistrar(Environment environment, BeanFactory beanFactory) {
		this.environment = environment;
		this.beanFactory = (ListableBeanFactory) beanFactory;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		Set<String> names = NamedOpenAIProperties.names(this.environment);
		if (names.isEmpty()) {
			return;
		}
		RootBeanDefinition factory = new RootBeanDefinition(NamedOpenAIClientFactory.class);
		factory.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
		registry.registerBeanDefinition(FACTORY, factory);
		List<String> enabled = new ArrayList<>();
		for (String name : names) {
			OpenAIProperties properties = NamedOpenAIProperties.bind(this.environment, name);
			if (!properties.isEnabled()) {
				continue;
			}
			enabled.add(name);
			if (!isDefined(OpenAIClient.class, name)) {
				RootBeanDefinition client = made(OpenAIClient.class, "create", name);
				qualify(client, name);
				client.setDestroyMethodName("close");
				registry.registerBeanDefinition(name + "OpenAIClient", client);
			}
			for (OpenAIServiceBeans service : OpenAIServiceBeans.ALL) {
				if (service.enabled().apply(properties).isEnabled() && !isDefined(service.type(), name)) {
					RootBeanDefinition bean = made(service.type(), "service", name, service.type());
					qualify(bean, name);
					registry.registerBeanDefinition(service.beanName(name), bean);
				}
			}
		}
		if (this.beanFactory.getBeanNamesForType(OpenAIClients.class, true, false).length == 0) {
			registry.registerBeanDefinition("openAIClients", made(OpenAIClients.class, "clients", enabled));
		}
	}

	/**
	 * A bean made by a method of the {@link NamedOpenAIClientFactory} bean, with arguments that Spring AOT can write
	 * as code (a supplier could not be: this keeps named clients working in AOT-processed applications).
	 */
	private static RootBeanDefinition made(Class<?> type, String factoryMethod, Object... arguments) {
		RootBeanDefinition definition = new RootBeanDefinition();
		definition.setTargetType(type);
		definition.setFactoryBeanName(FACTORY);
		definition.setFactoryMethodName(factoryMethod);
		for (int i = 0; i < arguments.length; i++) {
			definition.getConstructorArgumentValues().addIndexedArgumentValue(i, arguments[i]);
		}
		return definition;
	}

	private static void qualify(RootBeanDefinition definition, String name) {
		definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
		definition.setDefaultCandidate(false);
	}

	/** Whether the application defines a bean of the type for the name (qualified with it, or named so). */
	private boolean isDefined(Class<?> type, String name) {
		for (String beanName : this.beanFactory.getBeanNamesForType(type, true, false)) {
			if (BeanFactoryAnnotationUtils.isQualifierMatch(name::equals, beanName, this.beanFactory)) {
				return true;
			}
		}
		return false;
	}

}
