package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * An action of a computer call, by its {@code type}: click, double click, drag, key press, move, screenshot,
 * scroll, type or wait. Coordinates are screen pixels; {@code keys} are the modifier keys held during the action.
 * An action type added after this client is read as {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ComputerAction.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ComputerAction.Click.class), @JsonSubTypes.Type(ComputerAction.DoubleClick.class),
		@JsonSubTypes.Type(ComputerAction.Drag.class), @JsonSubTypes.Type(ComputerAction.KeyPress.class),
		@JsonSubTypes.Type(ComputerAction.Move.class), @JsonSubTypes.Type(ComputerAction.Screenshot.class),
		@JsonSubTypes.Type(ComputerAction.Scroll.class), @JsonSubTypes.Type(ComputerAction.Type.class),
		@JsonSubTypes.Type(ComputerAction.Wait.class) })
public sealed interface ComputerAction {

	/**
	 * A click ({@code click}).
	 *
	 * @param button {@code left}, {@code right}, {@code wheel}, {@code back} or {@code forward}
	 * @param x the x coordinate
	 * @param y the y coordinate
	 * @param keys the keys held
	 */
	@JsonTypeName("click")
	record Click(String button, int x, int y, @Nullable List<String> keys) implements ComputerAction {

	}

	/**
	 * A double click ({@code double_click}).
	 *
	 * @param x the x coordinate
	 * @param y the y coordinate
	 * @param keys the keys held
	 */
	@JsonTypeName("double_click")
	record DoubleClick(int x, int y, @Nullable List<String> keys) implements ComputerAction {

	}

	/**
	 * A drag along a path ({@code drag}).
	 *
	 * @param path the points of the path
	 * @param keys the keys held
	 */
	@JsonTypeName("drag")
	record Drag(List<Point> path, @Nullable List<String> keys) implements ComputerAction {

	}

	/**
	 * A point on the screen.
	 *
	 * @param x the x coordinate
	 * @param y the y coordinate
	 */
	record Point(int x, int y) {

	}

	/**
	 * Pressing keys together ({@code keypress}).
	 *
	 * @param keys the keys, such as {@code ["CTRL", "C"]}
	 */
	@JsonTypeName("keypress")
	record KeyPress(List<String> keys) implements ComputerAction {

	}

	/**
	 * Moving the mouse ({@code move}).
	 *
	 * @param x the x coordinate
	 * @param y the y coordinate
	 * @param keys the keys held
	 */
	@JsonTypeName("move")
	record Move(int x, int y, @Nullable List<String> keys) implements ComputerAction {

	}

	/** Taking a screenshot ({@code screenshot}). */
	@JsonTypeName("screenshot")
	record Screenshot() implements ComputerAction {

	}

	/**
	 * Scrolling ({@code scroll}).
	 *
	 * @param x the x coordinate of the mouse
	 * @param y the y coordinate of the mouse
	 * @param scrollX the horizontal scroll distance
	 * @param scrollY the vertical scroll distance
	 * @param keys the keys held
	 */
	@JsonTypeName("scroll")
	record Scroll(int x, int y, int scrollX, int scrollY, @Nullable List<String> keys) implements ComputerAction {

	}

	/**
	 * Typing text ({@code type}).
	 *
	 * @param text the text
	 */
	@JsonTypeName("type")
	record Type(String text) implements ComputerAction {

	}

	/** Waiting ({@code wait}). */
	@JsonTypeName("wait")
	record Wait() implements ComputerAction {

	}

	/**
	 * An action of a type added after this client, kept as read and written back unchanged.
	 *
	 * @param type the action type
	 * @param fields the other fields
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ComputerAction {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
