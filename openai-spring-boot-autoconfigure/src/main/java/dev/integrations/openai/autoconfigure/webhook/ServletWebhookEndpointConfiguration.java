package dev.integrations.openai.autoconfigure.webhook;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The webhook endpoint of a servlet application, a WebMvc.fn route; the listeners run on the request thread.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
class ServletWebhookEndpointConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "openAIWebhookRouterFunction")
	RouterFunction<ServerResponse> openAIWebhookRouterFunction(OpenAIWebhookDispatcher dispatcher,
			OpenAIWebhookProperties properties) {
		return RouterFunctions.route()
			.POST(properties.getPath(), (request) -> ServerResponse
				.status(dispatcher.dispatch(request.body(byte[].class), request.headers().asHttpHeaders()).status())
				.build())
			.build();
	}

}
