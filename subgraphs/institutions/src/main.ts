import 'reflect-metadata';
import { runSubgraphMain } from '@par/platform';
import { institutions } from './subgraph';

runSubgraphMain(institutions);
