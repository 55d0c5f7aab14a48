import { scenarios } from 'virtual:passerelles/scenarios';

const app = document.getElementById('app');
if (app) {
  const heading = document.createElement('h1');
  heading.textContent = 'Passerelles';
  const list = document.createElement('ul');
  for (const entry of scenarios) {
    const item = document.createElement('li');
    item.textContent = `${entry.scenario.title.fr} — ${entry.scenario.summary.fr}`;
    list.append(item);
  }
  app.append(heading, list);
}
