package dev.integrations.openai.samples.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs): type a message, watch the streamed reply grow and complete, see the charts drawn.
 * Skipped only when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is absent. Leaves a screenshot in
 * {@code target/chat-page.png}.
 */
class ChatPageBrowserTests extends DemoModeTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private ChromeDriverService service;

	private ChromeDriver browser;

	@BeforeEach
	void startBrowser(@TempDir Path profile) throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
		// The driver and browser are given explicitly; Selenium Manager must never download anything.
		System.setProperty("SE_OFFLINE", "true");
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--window-size=1400,900", "--user-data-dir=" + profile);
		this.browser = new ChromeDriver(this.service, options);
	}

	@AfterEach
	void screenshotAndStopBrowser() throws IOException {
		if (this.browser != null) {
			Path screenshot = Path.of("target", "chat-page.png");
			Files.createDirectories(screenshot.getParent());
			Files.write(screenshot, this.browser.getScreenshotAs(OutputType.BYTES));
			this.browser.quit();
		}
		if (this.service != null) {
			this.service.stop();
		}
	}

	@Test
	void aFinishedReplyOffersThreeFollowUpQuestionsAndClickingOneAsksIt() {
		this.browser.get(baseUrl() + "/");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20), Duration.ofMillis(20));
		wait.until((driver) -> driver.findElement(By.id("mode")).getText().equals("DEMO MODE"));
		this.browser.findElement(By.id("prompt")).sendKeys("Hello!");
		this.browser.findElement(By.id("send")).click();

		By buttons = By.cssSelector(".suggestions button");
		wait.until((driver) -> driver.findElements(buttons).size() == 3);
		WebElement first = this.browser.findElements(buttons).get(0);
		String question = first.getText();
		assertThat(question).endsWith("?");
		first.click();

		wait.until((driver) -> driver.findElements(By.cssSelector(".msg.user .text")).size() == 2);
		assertThat(this.browser.findElements(By.cssSelector(".msg.user .text")).get(1).getText()).isEqualTo(question);
	}

	@Test
	void typedMessageGetsAStreamedReplyAndTheDashboardDrawsCharts() {
		this.browser.get(baseUrl() + "/");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20), Duration.ofMillis(20));
		wait.until((driver) -> driver.findElement(By.id("mode")).getText().equals("DEMO MODE"));

		this.browser.findElement(By.id("prompt")).sendKeys("How does streaming work?");
		this.browser.findElement(By.id("send")).click();

		By reply = By.cssSelector(".msg.assistant .text");
		String partial = wait.until((driver) -> {
			String text = driver.findElement(reply).getText();
			return text.isEmpty() ? null : text;
		});
		WebElement assistant = this.browser.findElement(By.cssSelector(".msg.assistant"));
		assertThat(assistant.getDomAttribute("data-state")).as("still streaming").isEqualTo("streaming");
		wait.until((driver) -> driver.findElement(reply).getText().length() > partial.length() + 20);
		wait.until((driver) -> "done".equals(assistant.getDomAttribute("data-state")));
		String complete = this.browser.findElement(reply).getText();
		assertThat(complete).startsWith("This reply is streamed").endsWith("small hosted model.");
		assertThat(partial.length()).isLessThan(complete.length());
		assertThat(assistant.findElement(By.className("meta")).getText()).contains("gpt-4o-mini").contains("out tokens");

		wait.until((driver) -> !driver.findElement(By.id("stat-tokens")).getText().equals("0 / 0"));
		// legends alone colour about 60 pixels; a plotted rise and fall of a rate, several hundred
		wait.until((driver) -> coloredPixels("chart-requests") > 200 && coloredPixels("chart-tokens") > 200);
		assertThat(Integer.parseInt(this.browser.findElement(By.id("chart-latency")).getDomAttribute("data-points")))
			.isPositive();
		assertThat(this.browser.findElement(By.id("stat-circuit")).getText()).isEqualTo("closed");
	}

	@Test
	void theClientSwitchSendsTheNextMessageToTheNamedClientAndItsMetersToTheDashboard() {
		this.browser.get(baseUrl() + "/");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20), Duration.ofMillis(20));
		wait.until((driver) -> new Select(driver.findElement(By.id("client"))).getOptions().size() == 2);
		Select client = new Select(this.browser.findElement(By.id("client")));
		assertThat(client.getOptions()).extracting(WebElement::getText).containsExactly("default", "local");
		assertThat(client.getFirstSelectedOption().getText()).isEqualTo("default");
		assertThat(this.browser.findElement(By.id("target")).getText()).startsWith("gpt-4o-mini via 127.0.0.1");

		client.selectByValue("local");
		assertThat(this.browser.findElement(By.id("target")).getText()).startsWith("llama3.2:3b via 127.0.0.1");
		this.browser.findElement(By.id("prompt")).sendKeys("Hello from the switch");
		this.browser.findElement(By.id("send")).click();

		WebElement assistant = wait.until((driver) -> driver.findElement(By.cssSelector(".msg.assistant")));
		wait.until((driver) -> "done".equals(assistant.getDomAttribute("data-state")));
		assertThat(assistant.findElement(By.className("meta")).getText()).startsWith("local: llama3.2:3b")
			.contains("out tokens");
		wait.until((driver) -> !driver.findElement(By.id("stat-tokens")).getText().equals("0 / 0"));
		assertThat(this.browser.findElement(By.id("stat-circuit")).getText()).isEqualTo("closed");
	}

	@Test
	void aStreamTheClientLeftIsShownAsCancelledNotFailed() {
		assertThat(chat("Tell me a long story about streams").take(1).collectList().block(Duration.ofSeconds(30)))
			.hasSize(1);
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(30), Duration.ofMillis(50));

		this.browser.get(baseUrl() + "/");

		String calls = wait.until((driver) -> {
			String text = driver.findElement(By.id("stat-calls")).getText();
			return text.contains("cancelled") ? text : null;
		});
		assertThat(calls).matches("\\d+ \\((\\d+ failed, )?\\d+ cancelled\\)");
	}

	/** Pixels of a chart drawn in a series colour (saturated), as opposed to white, grid grey or label ink. */
	private long coloredPixels(String canvasId) {
		Object count = ((JavascriptExecutor) this.browser).executeScript("""
				const canvas = document.getElementById(arguments[0]);
				const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				let colored = 0;
				for (let i = 0; i < data.length; i += 4) {
				  const max = Math.max(data[i], data[i + 1], data[i + 2]);
				  const min = Math.min(data[i], data[i + 1], data[i + 2]);
				  if (data[i + 3] > 128 && max - min > 60) { colored++; }
				}
				return colored;
				""", canvasId);
		return ((Number) count).longValue();
	}

}
