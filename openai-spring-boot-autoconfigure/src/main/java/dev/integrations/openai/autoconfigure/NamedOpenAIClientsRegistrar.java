package dev.integrations.openai.autoconfigure;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import dev.integrations.openai.client.OpenAIClient;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.beans.factory.annotation.Qualifier;
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
 */
final class NamedOpenAIClientsRegistrar implements ImportBeanDefinitionRegistrar {

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
		NamedOpenAIClientFactory factory = new NamedOpenAIClientFactory(this.beanFactory, this.environment);
		Set<String> enabled = new LinkedHashSet<>();
		for (String name : names) {
			OpenAIProperties properties = NamedOpenAIProperties.bind(this.environment, name);
			if (!properties.isEnabled()) {
				continue;
			}
			enabled.add(name);
			if (!isDefined(OpenAIClient.class, name)) {
				RootBeanDefinition client = qualified(OpenAIClient.class, name, () -> factory.create(name));
				client.setDestroyMethodName("close");
				registry.registerBeanDefinition(name + "OpenAIClient", client);
			}
			for (OpenAIServiceBeans service : OpenAIServiceBeans.ALL) {
				if (service.enabled().apply(properties).isEnabled() && !isDefined(service.type(), name)) {
					registry.registerBeanDefinition(service.beanName(name),
							qualified(service.type(), name, () -> service.accessor().apply(client(name))));
				}
			}
		}
		if (this.beanFactory.getBeanNamesForType(OpenAIClients.class, true, false).length == 0) {
			RootBeanDefinition clients = new RootBeanDefinition(OpenAIClients.class,
					() -> new OpenAIClients(enabled, this::client));
			registry.registerBeanDefinition("openAIClients", clients);
		}
	}

	private OpenAIClient client(String name) {
		return BeanFactoryAnnotationUtils.qualifiedBeanOfType(this.beanFactory, OpenAIClient.class, name);
	}

	private static <T> RootBeanDefinition qualified(Class<T> type, String name, Supplier<?> supplier) {
		@SuppressWarnings("unchecked")
		RootBeanDefinition definition = new RootBeanDefinition(type, (Supplier<T>) supplier);
		definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
		definition.setDefaultCandidate(false);
		return definition;
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
