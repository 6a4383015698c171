package dev.integrations.openai.realtime;

import org.jspecify.annotations.Nullable;

/**
 * The reasoning settings of a reasoning Realtime model ({@code RealtimeReasoning}).
 *
 * @param effort {@code minimal}, {@code low} (the default), {@code medium}, {@code high} or {@code xhigh}
 */
public record RealtimeReasoning(@Nullable String effort) {

}
