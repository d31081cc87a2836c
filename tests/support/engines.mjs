// The three browser engines citizens use, through one W3C WebDriver client (selenium-webdriver):
// Chromium (Chrome, Yandex Browser, Samsung Internet), Firefox (Gecko) and WebKit (Safari on
// iPhones; here WebKitGTK's MiniBrowser). tests/install.sh installs them and their
// drivers from the package registries; WebKit needs a display, which tests/run.sh starts
// (Xvfb, DISPLAY=:99). Every driver path is given: Selenium Manager would try a download.
import { spawn } from "node:child_process";
import { freePort } from "../../www/tools/server.mjs";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.mjs";
import { Builder } from "selenium-webdriver";
import chrome from "selenium-webdriver/chrome.js";
import firefox from "selenium-webdriver/firefox.js";

export const ENGINES = ["chromium", "firefox", "webkit"];

/** Waits until the WebDriver server at `url` answers its status request. */
async function whenReady(url, within = 20_000) {
  const until = Date.now() + within;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no WebDriver server at ${url}`);
}

/** Firefox preferences that keep it from calling home (nothing here can answer it). */
const FIREFOX_PREFERENCES = {
  "app.update.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "toolkit.telemetry.enabled": false,
};

/**
 * A browser session of `engine` with a window of `width` × `height` CSS px. Resolves to the
 * WebDriver, with `quit()` also ending any driver process started for it. `pageLoadStrategy`
 * "none": a navigation does not wait for the page to load (a page whose script is held back).
 */
export async function startBrowser(engine, { width = 1280, height = 900, pageLoadStrategy = "normal" } = {}) {
  let driver;
  let driverProcess;
  if (engine === "chromium") {
    const options = new chrome.Options();
    options.setChromeBinaryPath(CHROMIUM);
    options.addArguments("--headless=new", ...CHROMIUM_ARGS);
    options.setPageLoadStrategy(pageLoadStrategy);
    driver = await new Builder().forBrowser("chrome").setChromeOptions(options)
      .setChromeService(new chrome.ServiceBuilder(process.env.CHROMEDRIVER ?? "/usr/bin/chromedriver")).build();
  } else if (engine === "firefox") {
    const options = new firefox.Options().setBinary(process.env.FIREFOX ?? "/usr/bin/firefox-esr").addArguments("-headless");
    options.setPageLoadStrategy(pageLoadStrategy);
    for (const [name, value] of Object.entries(FIREFOX_PREFERENCES)) options.setPreference(name, value);
    driver = await new Builder().forBrowser("firefox").setFirefoxOptions(options)
      .setFirefoxService(new firefox.ServiceBuilder(process.env.GECKODRIVER ?? "geckodriver")).build();
  } else if (engine === "webkit") {
    // WebKitGTK's MiniBrowser has no headless mode: without a display the session hangs.
    if (!process.env.DISPLAY) throw new Error("WebKit needs a display: run under Xvfb with DISPLAY set (tests/run.sh does)");
    const port = await freePort();
    driverProcess = spawn(process.env.WEBKITDRIVER ?? "WebKitWebDriver", [`--port=${port}`], { stdio: "ignore" });
    await whenReady(`http://127.0.0.1:${port}`);
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({ browserName: "MiniBrowser", pageLoadStrategy }).build();
  } else {
    throw new Error(`unknown engine ${engine}`);
  }
  await setViewport(driver, width, height);
  const quit = driver.quit.bind(driver);
  driver.quit = async () => {
    try {
      await quit();
    } finally {
      driverProcess?.kill();
    }
  };
  return driver;
}

/**
 * Makes the page's viewport `width` × `height` CSS px: the window is set, then grown by what
 * the browser's own frame takes (each engine's differs).
 */
export async function setViewport(driver, width, height) {
  await driver.manage().window().setRect({ x: 0, y: 0, width, height });
  const inner = await driver.executeScript("return [window.innerWidth, window.innerHeight]");
  if (inner[0] !== width || inner[1] !== height) {
    await driver.manage().window().setRect({ x: 0, y: 0, width: 2 * width - inner[0], height: 2 * height - inner[1] });
  }
}
