// The five services of the platform: one place for their names, default ports and schemas.
// Every start, provisioning and test script reads this list.
const SERVICES = [
  { name: 'gateway', port: 3000 },
  { name: 'agreements', port: 3001 },
  { name: 'rehabilitation', port: 3002 },
  { name: 'reintegration', port: 3003 },
  { name: 'budgeting', port: 3004 },
];

/** Database role of a service: it owns its schema and can reach nothing else. */
const roleOf = (service) => `sinergi_${service}`;

module.exports = { SERVICES, roleOf };
