module.exports = require('../../jest.preset')(require('./package.json').nx.name);
