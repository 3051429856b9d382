#!/usr/bin/env python3
"""`samverkan serve` in a real browser: the page opened in headless Chromium changes by itself
when a content file changes, shows an error overlay when the content breaks, and recovers.

Usage: Tests/Browser/live_reload.py path/to/samverkan
Runs the server on a copy of content/ and templates/ in a temporary folder; exits 1 on failure.
"""
import os, shutil, socket, subprocess, sys, tempfile, time
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MEETING = "content/meetings/2024/2024-10-03-sro.md"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(condition, what, seconds=15):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if condition():
                return
        except Exception:
            pass
        time.sleep(0.2)
    raise SystemExit(f"FEL: {what} (väntade {seconds} s)")


def edit(path, old, new):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    assert old in text, f"{path} saknar {old!r}"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new))


def browser():
    options = Options()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/release/samverkan"))
    work = tempfile.mkdtemp(prefix="samverkan-live-")
    server = None
    driver = None
    try:
        shutil.copytree(os.path.join(ROOT, "content"), os.path.join(work, "content"))
        shutil.copytree(os.path.join(ROOT, "templates"), os.path.join(work, "templates"))
        port = free_port()
        server = subprocess.Popen([binary, "serve", "--port", str(port)], cwd=work,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}/moten/2024/2024-10-03-sro/"
        driver = browser()
        wait_for(lambda: (driver.get(url), "SRO" in driver.find_element(By.TAG_NAME, "h1").text)[1], "sidan visas inte")
        driver.execute_script("window.samverkanMarker = 'same page'")  # gone after a reload
        print("ok: serve visar mötessidan i Chromium")

        edit(os.path.join(work, MEETING), "title: Mötesanteckning SRO", "title: Rubriken ändrades i innehållet")
        wait_for(lambda: driver.find_element(By.TAG_NAME, "h1").text == "Rubriken ändrades i innehållet",
                 "sidan uppdaterades inte av sig själv efter ändringen")
        assert driver.execute_script("return window.samverkanMarker") is None
        print("ok: sidan laddades om av sig själv efter en ändring i content/")

        edit(os.path.join(work, MEETING), "date: 2024-10-03", "date: 2024-10-0x")
        wait_for(lambda: "ogiltigt datum" in driver.find_element(By.ID, "samverkan-fel").text,
                 "felrutan visades inte när innehållet fick ett fel")
        assert driver.find_element(By.TAG_NAME, "h1").text == "Rubriken ändrades i innehållet"
        print("ok: felet visas ovanpå den senaste fungerande sidan")

        edit(os.path.join(work, MEETING), "date: 2024-10-0x", "date: 2024-10-03")
        wait_for(lambda: not driver.find_elements(By.ID, "samverkan-fel"), "felrutan försvann inte när felet rättades")
        print("ok: felrutan försvinner när felet är rättat")
    finally:
        if driver:
            driver.quit()
        if server:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
