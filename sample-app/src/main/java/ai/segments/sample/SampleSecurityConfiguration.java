package ai.segments.sample;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call the app.
 *
 * <p>Against the real API ({@code segments.emulator.enabled} not {@code true}): everything asks for
 * HTTP Basic credentials — the user Spring Boot creates from {@code spring.security.user.name} and
 * {@code spring.security.user.password} — except the starter's webhook endpoint ({@code POST
 * segments.webhook.path}, which verifies each notification's signature instead), the health
 * endpoint ({@code /actuator/health}, for load balancers and probes; details only with credentials)
 * and {@code /error}. The dashboard asks the browser for the same credentials. No session is
 * created; CSRF protection is off for the webhook and {@code /api/**}, which authenticate every
 * request and accept only JSON and CSV bodies, content types a cross-site form cannot send.
 *
 * <p>On the embedded emulator (the quickstart, demo data only, bound to 127.0.0.1 by {@link
 * LocalhostForEmulator}): no login.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SampleSecurityConfiguration {

  /** Creates the configuration. */
  public SampleSecurityConfiguration() {}

  /**
   * The real API's rules: HTTP Basic everywhere but the webhook, health and error endpoints.
   *
   * @param http the security builder
   * @param webhookPath the starter's webhook endpoint path
   * @return the filter chain
   * @throws Exception if the chain cannot be built
   */
  @Bean
  @ConditionalOnBooleanProperty(
      name = EmulatorByDefault.EMULATOR_ENABLED,
      havingValue = false,
      matchIfMissing = true)
  public SecurityFilterChain realApiSecurity(
      HttpSecurity http, @Value("${segments.webhook.path:/segments/webhooks}") String webhookPath)
      throws Exception {
    RequestMatcher webhook =
        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, webhookPath);
    return http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(webhook)
                    .permitAll()
                    .requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                    .permitAll()
                    .requestMatchers("/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(withDefaults())
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.ignoringRequestMatchers(webhook).ignoringRequestMatchers("/api/**"))
        .build();
  }

  /**
   * The embedded emulator's rules: no login.
   *
   * @param http the security builder
   * @return the filter chain
   * @throws Exception if the chain cannot be built
   */
  @Bean
  @ConditionalOnBooleanProperty(EmulatorByDefault.EMULATOR_ENABLED)
  public SecurityFilterChain embeddedEmulatorSecurity(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /**
   * No users on the embedded emulator, so that Spring Boot does not generate (and log) a password
   * nobody needs.
   *
   * @return an empty user store
   */
  @Bean
  @ConditionalOnBooleanProperty(EmulatorByDefault.EMULATOR_ENABLED)
  public UserDetailsService noUsersOnTheEmbeddedEmulator() {
    return new InMemoryUserDetailsManager();
  }
}
